using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// The cue right before a name ("o papel de", "interpreta", "como", "é"): the largest family, read for every run,
/// apart from the other families so that its one long reading and the checks it alone makes sit together.
/// </summary>
internal static partial class CharacterCueReader
{
    // ReadCueBefore is asked of every name run: its searches of the fact's runs are loops in methods of their own, so
    // that no lambda captures the run and costs every call a closure.
    private static void ReadCueBefore(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        // "interpreta o esperto João Grilo", "dá vida ao capanga Luca Brasi": an article and a word or two describing
        // the character may stand between the cue and the name.
        var described = DescribedBy(tokens, run.First);
        if (described == 0 && DescribedBy(tokens, run.First, byProfessionsToo: true) is > 0 and var byProfession
            && run.First - byProfession - 1 is >= 0 and var cueAt && IsRoleCueBeforeAProfession(tokens, runs, cueAt - AdverbsBefore(tokens, cueAt), run))
        {
            described = byProfession;
        }

        // "viveu depois Ana Paula", "interpretavam, respectivamente, o policial Lau": adverbs may follow the verb of playing.
        if (run.First - described - 1 is >= 0 and var afterVerb && AdverbsBefore(tokens, afterVerb) is > 0 and var adverbs
            && Lexicon.PlayedVerbs.Contains(tokens[afterVerb - adverbs].Folded))
        {
            described += adverbs;
        }

        string Before(int distance) => run.First - described - distance >= 0 ? tokens[run.First - described - distance].Folded : "";
        string Slot(int from) => $"role slot \"{string.Join(' ', tokens.Skip(from).Take(run.First - from).Select(t => t.Text))}\"";

        if (IsRoleAnAwardWasFor(tokens, run) is > 0 and var pelo)
        {
            Mark(run, CharacterCue.Role, $"award won {Slot(pelo)}");
            return;
        }

        if (NamedAfterARoleOf(tokens, runs, run) is { } named)
        {
            // "o personagem de Buscemi, Carl Showalter, não parava": the name set off after the slot is the role when
            // the slot's name is an actor's, which the registry checks (as after "é").
            Mark(run, CharacterCue.Played, $"{Slot(named.First - 3)} set off after {named.Text}", named);
            run.PlayedByLinkingVerb = true;
            return;
        }

        // "Yohei, o camponês medroso, foi o papel de Bokuzen Hidari": the sentence's subject is the role, the name its actor.
        // "A líder da orquestra, Sweet Sue, é papel de Joan Shawlee": without the article too.
        var linkAt = Before(3) == "o" ? 4 : 3;
        if (described == 0 && Of.Contains(Before(1)) && Before(2) is "papel" or "personagem" && run.First >= linkAt && Lexicon.LinkingVerbs.Contains(tokens[run.First - linkAt].Text) && Before(linkAt) != "como"
            && SubjectBeforeALinkingVerb(tokens, runs, run, run.First - linkAt) is { } subject)
        {
            Mark(subject, CharacterCue.Played, $"{Slot(run.First - linkAt)} naming its actor {run.Text}", run);
            return;
        }

        // "Sean Parker, o criador do Napster, ganha vida na pele de Justin Timberlake": after "vida na pele de" the name
        // is the actor, and the sentence's subject the one brought to life.
        if (described == 0 && Before(1) == "de" && Before(2) == "pele" && Before(3) == "na" && Before(4) == "vida"
            && LastRunOpeningASentenceBefore(tokens, runs, run.First - 5) is { } brought)
        {
            Mark(brought, CharacterCue.Played, $"{Slot(run.First - 4)} naming its actor {run.Text}", run);
            return;
        }

        // "o filho do personagem de Tom Hanks", "a personagem de Laura Linney", "os personagens de Franz Kafka": a full
        // name after "personagem de" says whose character it is, an actor's or an author's.
        if (described == 0 && Before(1) == "de" && Before(2) is "personagem" or "personagens" && Before(3) != "," && run.WordCount >= 2)
        {
            return;
        }

        // "o chapéu de Freddy Krueger", "a armadura de Darth Vader": a costume's wearer is a role, unless the file names a
        // person so elsewhere.
        if (described == 0 && Before(1) is "de" or "do" or "da" && CostumeNouns.Contains(Before(2)) && Before(3) is "o" or "a" or "os" or "as")
        {
            Mark(run, CharacterCue.RoleOf, Slot(run.First - 2));
            return;
        }

        // "com Grande Otelo no papel do sambista Espírito": the name right before "no papel de" plays the role after it.
        var slotAt = run.First - described - 1;
        if (slotAt >= 3 && Of.Contains(tokens[slotAt].Folded) && tokens[slotAt - 1].Folded == "papel" && tokens[slotAt - 2].Folded is "no" or "num"
            && RunEndingAt(runs, slotAt - 3) is { } actorBefore)
        {
            Mark(run, CharacterCue.Played, $"{Slot(slotAt - 2)} after {actorBefore.Text}", actorBefore);
            return;
        }

        if (Of.Contains(Before(1)) && RoleNouns.Contains(Before(2)))
        {
            // "Manuel, papel de Maurício Gonçalves": after a comma, the name is the actor of the character before it;
            // "Oliver Reed, intérprete de Próximo": the other way round.
            if (Before(3) == "," && described == 0 && RunEndingAt(runs, run.First - 4) is { } before)
            {
                var (played, player) = Before(2) is "interprete" or "interpretes" ? (run, before) : (before, run);
                Mark(played, CharacterCue.Played, $"{Slot(run.First - 2)} naming its actor {player.Text}", player);
                return;
            }

            // "por Lawrence Walsh, sócio da agência, papel de Joe Mantell": a name set off by a description is the part;
            // "..., papel do catalão Ignasi Abadal": a word may describe the actor.
            if (Before(3) == "," && described <= 1 && Before(2) is "papel" && DescribedBeforeAComma(tokens, runs, run.First - described - 3) is { } part)
            {
                Mark(part, CharacterCue.Played, $"{Slot(run.First - described - 2)} naming its actor {run.Text}", run);
                return;
            }

            // "o louco que se declara dono da praça, papel de Nicola Di Pinto": after a comma, whose part the
            // description was, so the name is an actor's.
            // "..., papel da catarinense Paula Braun": a word may describe the actor.
            if (Before(3) is "," or ":" && described <= 2 && Before(2) is "papel" && run.WordCount >= 2)
            {
                return;
            }

            // "a mãe, que o recebe em casa, é papel de Mitsuko Baisho": after "é", the part is the subject's, the name its actor's.
            if (described == 0 && Before(2) is "papel" && run.First >= 3 && Lexicon.LinkingVerbs.Contains(tokens[run.First - 3].Text) && tokens[run.First - 3].Text != "como")
            {
                return;
            }

            Mark(run, CharacterCue.RoleOf, Slot(run.First - 2));
            return;
        }

        // "vive duas personagens: a enigmática Madeleine Elster e a balconista Judy Barton": a list of roles.
        // "Outros papéis: Charles Kay vive o Conde ...": a name that goes on to play someone is the actor, not a role.
        if (Before(1) == ":" && PluralRoleNouns.Contains(Before(2)) && !PlaysTheNext(tokens, run))
        {
            Mark(run, CharacterCue.Role, Slot(run.First - described - 2));
            run.OpensRoleList = true;
            return;
        }

        // "a personagem Nina"; "papéis como Diana, Lúcia e Vera". Not "ofereceu o papel a Lily Tomlin": there "a" is to whom.
        var offeredTo = described == 1 && tokens[run.First - 1].Folded is "a" or "ao";
        // "na chamada Revolta dos Mil": after an article, "chamado" is "so-called", and names an event or a thing.
        var soCalled = Before(1) is "chamado" or "chamada" or "chamados" or "chamadas" && ArticlesBeforeSoCalled.Contains(Before(2));
        if ((RoleNouns.Contains(Before(1)) && !offeredTo && !soCalled) || (Before(1) == "como" && PluralRoleNouns.Contains(Before(2))))
        {
            Mark(run, CharacterCue.Role, Slot(run.First - (Before(1) == "como" ? 2 : 1)));
            return;
        }

        var verbAt = run.First - described - 1;
        if (Before(1) == "como" && described == 0 && Lexicon.IsRoleNoun(Before(2)))
        {
            // "queriam um astro como Burt Lancaster": "como" after a profession gives examples of people; with an
            // article it names a role ("trabalhar com o diretor como o vilão Juiz Doom").
            return;
        }

        if (SetOffAfterARolePlayed(tokens, verbAt))
        {
            // "interpreta o protagonista, o treinador Frankie Dunn": a name set off after a role someone plays is that
            // role, and what describes it is the character's trade.
            run.Professions.Clear();
            Mark(run, CharacterCue.Role, $"set off after \"{tokens[verbAt - 2].Text} {tokens[verbAt - 1].Text}\"");
            return;
        }

        // "deu vida a", and for voice roles "dá voz a", "empresta sua voz a", "faz a voz de".
        var lifeOrVoice = VoiceOrLifeSlotLength(tokens, run.First - described);
        if (lifeOrVoice == 0 && Before(1) is "de" or "do" or "da" && Before(2) == "voz" && Before(3) == "a" && run.First - described - 4 is >= 0 and var voiceLinkAt
            && tokens[voiceLinkAt].Text is "é" or "foi" or "era" or "será" or "seria")
        {
            // "Zoë Kravitz é a voz de Mary Jane Watson".
            lifeOrVoice = 4;
        }

        var givesLife = lifeOrVoice > 0;
        if (givesLife)
        {
            verbAt -= lifeOrVoice - 1;
        }
        else if (!Lexicon.PlayedVerbs.Contains(Before(1)) && !Lexicon.PlayedVerbsAfterAnActor.Contains(Before(1))
            && !(verbAt >= 0 && Lexicon.LinkingVerbs.Contains(tokens[verbAt].Text.ToLowerInvariant())))
        {
            if (described > 0 && run.FilmAfter is { } film && tokens[run.Last + 1].Folded != "em")
            {
                // "associada à princesa Mia Thermopolis de O Diário da Princesa (2001)": a described name of a film is its character.
                Mark(run, CharacterCue.Role, $"described before \"{tokens[run.Last + 1].Text} {film.Film.Title}\"");
            }
            else if (run.First >= 2 && IsDescribingWord(tokens[run.First - 1]) && !Lexicon.IsFilmTrade(tokens[run.First - 1].Folded)
                && tokens[run.First - 2].Folded is "o" or "a" or "pelo" or "pela" or "do" or "da" or "ao" && ShowAfterAComma(tokens, run))
            {
                // "pelo lobista Remy Danton, da série House of Cards": a described name of a show is its character, and
                // what describes it is the character's trade.
                run.Professions.Clear();
                Mark(run, CharacterCue.Role, $"described before a show \"{tokens[run.Last + 3].Text}\"");
            }

            return;
        }

        // "Moura também viveu", "Keitel aparece como Winston Wolfe", "Rafael Nogueira, que vive Otávio,".
        var actorEnd = verbAt - 1;
        // "Jemison completa o time como Livingston Dell": before "como", a short verb phrase may part actor and role.
        var asRole = tokens[verbAt].Folded == "como";
        if (asRole && described == 0 && verbAt >= 1 && (PeopleGivenAsExamples.Contains(tokens[verbAt - 1].Folded) || CreditedUnder.Contains(tokens[verbAt - 1].Folded)))
        {
            // "Antes de Burstyn ser escolhida, nomes como Audrey Hepburn ...": examples of people, whoever comes before;
            // "Nancy Kyes, creditada como Nancy Loomis": the name she was credited under.
            return;
        }

        for (var skipped = 0; skipped < (asRole ? 4 : 2) && actorEnd >= 0 && (Lexicon.Adverbs.Contains(tokens[actorEnd].Folded) || tokens[actorEnd].Is(",") || tokens[actorEnd].Folded == "que"
            || (asRole && tokens[actorEnd].IsLowercaseWord && (!Lexicon.IsFunctionWord(tokens[actorEnd]) || (skipped > 0 && Lexicon.TitleArticles.Contains(tokens[actorEnd].Folded))))); skipped++)
        {
            actorEnd--;
        }

        // "Robert Bailey Jr. faz Wyborne Lovat": the abbreviation's point closes the actor's name, not a sentence.
        if (actorEnd >= 1 && tokens[actorEnd].Is(".") && Lexicon.NameSuffixes.Contains(tokens[actorEnd - 1].Folded))
        {
            actorEnd--;
        }

        var nearest = RunEndingAt(runs, actorEnd);
        var actor = (nearest is null ? null : SubjectOfAnAppositionEndingIn(tokens, runs, nearest) ?? nearest)
            ?? SubjectSetOffBefore(tokens, runs, verbAt) ?? SubjectWhenItMade(tokens, runs, run, verbAt);
        if (actor is not null && Lexicon.LinkingVerbs.Contains(tokens[verbAt].Text) && IsRelativeNamed(tokens, actor))
        {
            // "O filho de Paulo Rangel é o advogado Caio Prates": the subject is a relative of the name before the verb.
            return;
        }

        run.OpensRoleList = Lexicon.PluralPlayedVerbs.Contains(tokens[verbAt].Folded) || (asRole && PluralVerbBetween(tokens, actorEnd + 1, verbAt));
        if (actor is not null)
        {
            Mark(run, CharacterCue.Played, $"{Slot(verbAt)} after {actor.Text}", actor);
            run.PlayedByLinkingVerb = Lexicon.LinkingVerbs.Contains(tokens[verbAt].Text.ToLowerInvariant());
        }
        else if (Lexicon.PlayedVerbs.Contains(Before(1)) || givesLife || (described > 0 && Lexicon.LinkingVerbs.Contains(Before(1)) && ((Before(2) == "que" && Before(3) == "em") || run.FilmAfter is not null))
            || (Before(1) == "sido" && run.FilmAfter is not null)
            || (described > 0 && Lexicon.PlayedVerbsAfterAnActor.Contains(Before(1)) && !IsCausative(tokens, run))
            || (Before(1) == "como" && (run.FilmAfter is not null || (described > 0 && !GivesExamples(tokens, run.First - described - 1)) || AppearsBefore(tokens, run.First - described - 1) || ReturnVerbs.Contains(Before(2))
                || IsActorByOrder(tokens, run.First - described - 1)
                || AfterADatedTitle(tokens, verbAt) || ((WorkOtherThanAFilmAfter(tokens, run) || DescribedAfterAComma(tokens, run)) && !GivesExamples(tokens, run.First - 1) && FameWordBefore(tokens, verbAt) is null))))
        {
            // "seria apresentado a uma nova geração como Bilbo em O Senhor dos Anéis (2001)": a role in a film, the actor said elsewhere.
            // "voltaria a trabalhar com ele como o vilão Juiz Doom": "como" and a description make a role; so does an
            // appearance ("faz uma ponta como Hayden Burke") or a return ("para voltar como Sarah Connor"); so does a
            // description after "em que foi" ("Três É Demais (1998), em que foi a professora Rosemary Cross"); so does
            // "tinha sido" before a film ("já tinha sido Wai Lin em 007 (1997)").
            Mark(run, CharacterCue.Role, Slot(verbAt));
        }
    }

    private static bool IsRoleCueBeforeAProfession(IReadOnlyList<Token> tokens, List<NameRun> runs, int cueAt, NameRun run) =>
        Lexicon.PlayedVerbs.Contains(tokens[cueAt].Folded) || Lexicon.PlayedVerbsAfterAnActor.Contains(tokens[cueAt].Folded) || SetOffAfterARolePlayed(tokens, cueAt)
        || (cueAt >= 1 && tokens[cueAt].Folded is "a" or "ao" or "do" or "da" or "vida" or "voz" && tokens[cueAt - 1].Folded is "vida" or "voz" or "deu" or "da")
        || (cueAt >= 1 && Of.Contains(tokens[cueAt].Folded) && RoleNouns.Contains(tokens[cueAt - 1].Folded))
        || (tokens[cueAt].Folded == "como" && (run.FilmAfter is not null || RunEndingAt(runs, cueAt - 1) is { WordCount: >= 2 } || AfterADatedTitle(tokens, cueAt)
            || (cueAt >= 1 && (AppearsBefore(tokens, cueAt) || ReturnVerbs.Contains(tokens[cueAt - 1].Folded)))))
        || IsActorsLinkToATrade(tokens, runs, cueAt, run);

    /// <summary>
    /// "Kou Shibasaki é a calculista Mitsuko Souma": a full name opening the clause, then "é" and a trade other than
    /// the film's, describes the role that name plays; not "o filho de Paulo Rangel é o ator Caio Prates".
    /// </summary>
    private static bool IsActorsLinkToATrade(IReadOnlyList<Token> tokens, List<NameRun> runs, int cueAt, NameRun run)
    {
        if (cueAt < 1 || tokens[cueAt].Text is not ("é" or "foi" or "era") || run.First < cueAt + 3 || Lexicon.IsFilmTrade(tokens[run.First - 1].Folded))
        {
            return false;
        }

        foreach (var subject in runs)
        {
            if (subject.Last == cueAt - 1 && subject.WordCount >= 2)
            {
                return subject.First == 0 || tokens[subject.First].StartsSentence || tokens[subject.First - 1].Is(",") || tokens[subject.First - 1].Is(":");
            }
        }

        return false;
    }

    /// <summary>"estrelou De Salto Alto (1991), como a cantora ...": the slot right after a dated film and a comma.</summary>
    private static bool AfterADatedTitle(IReadOnlyList<Token> tokens, int at) =>
        at >= 3 && tokens[at - 1].Is(",") && tokens[at - 2].Is(")") && tokens[at - 3].Kind == TokenKind.Number;

    private static NameRun? NamedAfterARoleOf(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        var after = run.Last + 1;
        return run.First >= 2 && tokens[run.First - 1].Is(",") && after < tokens.Count && tokens[after].Text is "," or "." or ";"
            && RunEndingAt(runs, run.First - 2) is { Cue: CharacterCue.RoleOf, WordCount: 1 } named
            && named.First >= 2 && RoleNouns.Contains(tokens[named.First - 2].Folded) ? named : null;
    }
}
