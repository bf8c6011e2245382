using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Reads the words around name runs that make them characters: "o papel de", "a personagem", "viveu",
/// "(actor) como (character) em (film)", "(actor) foi (character)", and "Eunice (Fernanda Torres)";
/// and gives an award category's person its profession: "Melhor Atriz (Fernanda Torres)".
/// </summary>
internal static partial class CharacterCueReader
{
    private static readonly HashSet<string> Of = ["de", "da", "do", "dos", "das"];
    // "na pele de" is the idiom for playing someone.
    private static readonly HashSet<string> RoleNouns = ["papel", "papeis", "personagem", "personagens", "falas", "apelido", "codinome", "alcunha", "chamado", "chamada", "pele", "interprete", "interpretes"];
    private static readonly HashSet<string> PluralRoleNouns = ["papeis", "personagens"];
    private static readonly HashSet<string> ArticlesBeforeSoCalled = ["o", "a", "os", "as", "no", "na", "nos", "nas", "do", "da", "dos", "das", "pelo", "pela", "ao"];
    private static readonly HashSet<string> CostumeNouns = ["chapeu", "sueter", "mascara", "armadura", "capa", "uniforme", "fantasia", "luvas", "garras", "traje", "capacete"];
    private static readonly HashSet<string> CharacterLabels = ["personagem", "personagens"];
    private static readonly HashSet<string> CastLabels = ["elenco", "atores", "interpretes"];
    private static readonly HashSet<string> PlotNouns = ["trama", "enredo", "prologo", "ficcao", "historia", "sinopse"];
    private static readonly HashSet<string> ReturnVerbs = ["volta", "voltou", "voltar", "voltaria", "voltaram", "retorna", "retornou", "retornar", "retornaria"];
    private static readonly HashSet<string> AppearanceNouns = ["ponta", "participacao", "aparicao", "cameo", "pontinha", "aparece", "apareceu", "surge", "surgiu", "estreou", "estreia", "estrearia"];
    private static readonly HashSet<string> DescribingArticles = ["o", "a", "os", "as", "ao", "aos"];
    private static readonly HashSet<string> LifeOrVoiceVerbs =
        ["deu", "da", "dando", "dar", "dao", "deram", "empresta", "emprestou", "emprestava", "emprestar", "emprestando", "emprestaram", "cede", "cedeu"];
    private static readonly HashSet<string> HeroHeads = ["homem", "mulher", "menino", "menina", "garoto", "garota", "moca", "rapaz", "capitao", "senhor", "senhora"];
    private static readonly HashSet<string> FormingVerbs = ["forma", "formam", "formou", "formaram", "formava", "formavam", "formado", "formar", "formariam"];
    /// <summary>"creditada como Nancy Loomis", "assinando como Alan Smithee": the name after is the one a person works under.</summary>
    private static readonly HashSet<string> CreditedUnder = ["creditado", "creditada", "creditados", "creditadas", "assinando", "assinou", "assina", "assinava", "assinar", "assinam", "assinaria"];
    private static readonly HashSet<string> PeopleGivenAsExamples = ["nomes", "atores", "atrizes", "astros", "estrelas", "artistas", "interpretes", "candidatos", "candidatas"];
    /// <summary>Parts a story casts, never a trade: "o vilão de", "a heroína de".</summary>
    private static readonly HashSet<string> StoryRoles = ["vilao", "vila", "heroi", "heroina", "antagonista", "mocinho", "mocinha", "anti-heroi"];
    private static readonly HashSet<string> MakingVerbs = ["faz", "fez", "fazia", "fazer", "fazendo", "fara", "fizeram", "fazem", "repete", "repetiu", "retoma", "retomou"];

    // Asked of nearly every name run: loops, not FirstOrDefault with a lambda, whose closure over a parameter or a
    // local would be made on every call, even one that returns before asking.
    /// <summary>The first of the fact's runs that ends at <paramref name="last"/>.</summary>
    internal static NameRun? RunEndingAt(List<NameRun> runs, int last)
    {
        foreach (var run in runs)
        {
            if (run.Last == last)
            {
                return run;
            }
        }

        return null;
    }

    /// <summary>The first of the fact's runs of two words or more that starts at <paramref name="first"/>.</summary>
    // A loop, not a lambda: a lambda would capture the place for every run asked about.
    private static NameRun? FullNameStartingAt(List<NameRun> runs, int first)
    {
        foreach (var run in runs)
        {
            if (run.First == first && run.WordCount >= 2)
            {
                return run;
            }
        }

        return null;
    }

    /// <summary>The first of the fact's runs that starts at <paramref name="first"/>.</summary>
    internal static NameRun? RunStartingAt(List<NameRun> runs, int first)
    {
        foreach (var run in runs)
        {
            if (run.First == first)
            {
                return run;
            }
        }

        return null;
    }

    public static void Annotate(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, List<NameRun> runs, List<NameRun> categories)
    {
        // Every cue marks a name run of the fact (a category only through the run in parentheses after it): a fact
        // without one has nothing to read, and many facts have none.
        if (runs.Count == 0)
        {
            return;
        }

        foreach (var run in runs)
        {
            run.FilmAfter = FilmAfter(tokens, films, run);
            run.PlaysARole = PlaysTheNext(tokens, run) && tokens[run.Last + 1].Folded != "como";
            ReadCueBefore(tokens, runs, run);
            if (run.Cue == CharacterCue.None)
            {
                ReadNamingCue(tokens, run);
            }

            ReadPlayedByAfter(tokens, runs, run);
        }

        ReadRolesOfActorsAfter(tokens, runs);
        ReadCouplesFormed(tokens, runs);
        ContinueRoleLists(tokens, runs);
        ContinueRolesAcrossFilms(tokens, films, runs);
        ReadRolesDescribedAsOfAFilm(tokens, films, runs);
        ReadRolesInApposition(tokens, runs);
        ReadRolesGivenInTheNextSentence(tokens, runs);
        var (charactersLabel, castLabel) = (false, false);
        foreach (var token in tokens)
        {
            if (token.InLabel && token.Kind == TokenKind.Word)
            {
                charactersLabel |= CharacterLabels.Contains(token.Folded);
                castLabel |= CastLabels.Contains(token.Folded);
            }
        }

        // By index, runs then categories, not a Concat iterator per fact.
        for (var i = 0; i < runs.Count + categories.Count; i++)
        {
            var run = i < runs.Count ? runs[i] : categories[i - runs.Count];
            var inside = InParenthesesAfter(tokens, runs, run);
            if (inside is null)
            {
                if (!categories.Contains(run) && DescribedRoleInParenthesesAfter(tokens, runs, run) is { } role)
                {
                    // "Dudu Azevedo (o baterista Guto Goffi)": a described name in parentheses after an actor is the role.
                    role.Professions.Clear();
                    Mark(role, CharacterCue.Played, $"described in parentheses after {run.Text}", run);
                }

                continue;
            }

            if (categories.Contains(run) || IsCategoryBeforePerson(tokens, run, inside))
            {
                inside.Professions.AddRange(tokens.Skip(run.First).Take(run.Last - run.First + 1)
                    .Where(t => Lexicon.IsRoleNoun(t.Folded))
                    .Select(t => t.Text.ToLowerInvariant())
                    .Concat(run.Professions)
                    .Except(inside.Professions));
            }
            else if (ActorsOfAVerbAfter(tokens, inside.Last + 1))
            {
                // "Xander Berkeley (Todd Voight) e Jenette Goldstein (Janelle Voight) fazem os pais": the names outside play.
                Mark(inside, CharacterCue.Played, $"cast pair \"{run.Text} ({inside.Text})\" before a verb of playing", run);
            }
            else if (PlayedByTheNamesOfAList(tokens, run.First))
            {
                // "são vividos por Cary Elwes (Lorde Arthur Holmwood), Richard E. Grant (Dr. Jack Seward) e ...": after
                // "vividos por" the names outside play.
                Mark(inside, CharacterCue.Played, $"cast pair \"{run.Text} ({inside.Text})\" after \"por\"", run);
            }
            else if (charactersLabel || castLabel)
            {
                // "Personagens: Eunice (Fernanda Torres)", "Elenco: Fernanda Torres (Eunice)": the label says which is which.
                var (character, actor) = charactersLabel ? (run, inside) : (inside, run);
                Mark(character, CharacterCue.Played, $"cast pair \"{run.Text} ({inside.Text})\" under a label", actor);
                actor.ListedInACast = castLabel;
            }
            else
            {
                // Which of the pair is the character ("Eunice (Fernanda Torres)" or "Fernanda Torres (Eunice)") is for the registry
                // to decide, knowing the whole file.
                (run.PairedWith, inside.PairedWith) = (inside, run);
                var pair = $"cast pair \"{run.Text} ({inside.Text})\"";
                Mark(run, CharacterCue.Credited, pair);
                Mark(inside, CharacterCue.Credited, pair);
            }
        }

        foreach (var run in runs)
        {
            if (run.Cue == CharacterCue.None && run.WordCount >= 2 && run.Professions.Count == 0
                && Lexicon.CharacterTitles.Contains(tokens[run.First].Folded))
            {
                Mark(run, CharacterCue.Role, $"title of address \"{tokens[run.First].Text}\"");
            }
        }

        // "como a escritora Sandra Voyter, papel que lhe valeu ...": a name set off before "papel que" is that role; not
        // a film's credit ("em Estômago (2007), de Marcos Jorge, papel que ...").
        foreach (var run in runs)
        {
            if (run.Cue == CharacterCue.None && run.Last + 3 < tokens.Count && tokens[run.Last + 1].Is(",")
                && !(run.First >= 1 && tokens[run.First - 1].Folded is "de" or "por")
                && tokens[run.Last + 2].Folded == "papel" && tokens[run.Last + 3].Folded is "que" or "pelo" or "pela")
            {
                run.Professions.Clear();
                Mark(run, CharacterCue.Role, $"set off before \"papel {tokens[run.Last + 3].Text}\"");
            }
        }

        foreach (var run in runs)
        {
            if (run.Cue == CharacterCue.None && run.Professions.Count == 0 && IsHerosName(tokens[run.First]))
            {
                Mark(run, CharacterCue.Role, $"hero's name \"{tokens[run.First].Text}\"");
            }
        }

        // "o coelho Alec Azam", "a cadela Baleia": an animal's name is no person's.
        foreach (var run in runs)
        {
            if (run.Cue == CharacterCue.None && run.First >= 2 && Lexicon.AnimalNouns.Contains(tokens[run.First - 1].Folded)
                && tokens[run.First - 1].IsLowercaseWord && tokens[run.First - 2].Folded is "o" or "a" or "do" or "da" or "ao" or "seu" or "sua" or "um" or "uma" or "pelo" or "pela")
            {
                Mark(run, CharacterCue.Role, $"an animal's name \"{tokens[run.First - 1].Text}\"");
            }
        }

        // "Personagem: Haku é o espírito do rio": under such a label a name that plays no one and has no profession is a role.
        // So is one in a sentence that says it tells the plot: "Na trama, Dana é possuída por Zuul"; not where it
        // happens ("uma pensão em Niterói").
        // Whether a run is another's actor, asked of the runs themselves, not of a set made for every fact: marking a
        // role below leaves each run's actor as it was.
        foreach (var run in runs)
        {
            if (run.Cue == CharacterCue.None && run.Professions.Count == 0 && !IsActorOfARun(runs, run) && !PlaysTheNext(tokens, run) && !IsAgentOfPlaying(tokens, run)
                && TellsThePlot(tokens, run.First) && !IsWhereItHappens(tokens, run.First))
            {
                Mark(run, CharacterCue.Role, "in a sentence of the plot");
            }
        }

        foreach (var run in runs)
        {
            // Not a thing of ordinary words after a preposition's article: "militante do Partido Comunista Brasileiro".
            if (charactersLabel && run.Cue == CharacterCue.None && run.Professions.Count == 0 && !IsActorOfARun(runs, run) && !PlaysTheNext(tokens, run) && !IsAgentOfPlaying(tokens, run)
                && !TakesTheLabelledRole(tokens, run) && !IsWhereItHappens(tokens, run.First) && !(run.HasArticleBefore && run.IsOrdinaryWords && tokens[run.First - 1].Folded is not ("o" or "a" or "os" or "as")))
            {
                Mark(run, CharacterCue.Role, "under a label of characters");
            }
        }
    }

    private static bool IsActorOfARun(List<NameRun> runs, NameRun actor)
    {
        foreach (var run in runs)
        {
            if (run.Actor == actor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"uma pensão em Niterói", "morto na Grota de Angico": a name after "em" is where the story happens.</summary>
    private static bool IsWhereItHappens(IReadOnlyList<Token> tokens, int first) =>
        first > 0 && tokens[first - 1].IsLowercaseWord && tokens[first - 1].Folded is "em" or "no" or "na" or "nos" or "nas";

    /// <summary>
    /// "vive o Sr. White, o veterano Larry Dimmick, que ...": a described name set off after a role is that role's full
    /// name; "O personagem de Alan Arkin, Bill Boggs, é ...": a name set off after whose role it is, the role.
    /// </summary>
    private static void ReadRolesInApposition(IReadOnlyList<Token> tokens, List<NameRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Cue != CharacterCue.None || run.Professions.Count > 0)
            {
                continue;
            }

            var described = DescribedBy(tokens, run.First);
            var comma = run.First - described - 1;
            if (comma < 1 || !tokens[comma].Is(",") || RunEndingAt(runs, comma - 1) is not { } before)
            {
                continue;
            }

            // One word after the article: longer descriptions hold verbs ("a produção escalou") or things ("o líder da trupe").
            if (described == 2 && tokens[comma + 1].Folded is "o" or "a" && !Lexicon.IsThingNoun(tokens[comma + 2].Folded) && before.Cue is CharacterCue.Played or CharacterCue.Role)
            {
                Mark(run, CharacterCue.Role, $"described in apposition to {before.Text}", before.Actor);
            }
            else if (described == 0 && before.Cue is CharacterCue.None or CharacterCue.RoleOf && before.First >= 2 && tokens[before.First - 1].Folded is "de" or "do" or "da"
                && RoleNouns.Contains(tokens[before.First - 2].Folded) && run.Last + 1 < tokens.Count && tokens[run.Last + 1].Is(",") && ClosesAnApposition(tokens, run.First))
            {
                Mark(run, CharacterCue.Played, $"in apposition to the role of {before.Text}", before);
            }
        }
    }

    /// <summary>"Homem-Aranha", "Mulher-Gato", "Menino-Prodígio": Portuguese names its heroes by a person and what they are like.</summary>
    private static bool IsHerosName(Token token)
    {
        var hyphen = token.Folded.IndexOf('-');
        return token.IsCapitalizedWord && hyphen > 0 && HeroHeads.Contains(token.Folded[..hyphen])
            && hyphen + 1 < token.Text.Length && char.IsUpper(token.Text[hyphen + 1]);
    }

    /// <summary>"Ator Coadjuvante (Milhem Cortaz)" in an award line: a role noun and ordinary words before a person's name are a category, not a role.</summary>
    private static bool IsCategoryBeforePerson(IReadOnlyList<Token> tokens, NameRun run, NameRun inside)
    {
        var words = tokens.Skip(run.First).Take(run.Last - run.First + 1).Where(t => t.IsCapitalizedWord).ToList();
        return inside.WordCount >= 2 && !inside.IsOrdinaryWords
            && (run.Professions.Count > 0 || words.Any(t => Lexicon.IsRoleNoun(t.Folded)))
            && words.All(t => OrdinaryWords.Contains(t.Folded));
    }

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

    private static readonly HashSet<string> Ordinals = ["primeiro", "primeira", "segundo", "segunda", "terceiro", "terceira", "ultimo", "ultima"];

    /// <summary>
    /// "Ana Lobo e Rita Paz completam o elenco, a primeira como ..., e a segunda como ...": actors named by their place in
    /// a list before, each "como" paired with another in the same sentence.
    /// </summary>
    private static bool IsActorByOrder(IReadOnlyList<Token> tokens, int como)
    {
        if (!IsOrdinalBefore(tokens, como))
        {
            return false;
        }

        for (var other = como - 1; other >= 0 && !tokens[other + 1].StartsSentence; other--)
        {
            if (tokens[other].Folded == "como" && IsOrdinalBefore(tokens, other))
            {
                return true;
            }
        }

        for (var other = como + 1; other < tokens.Count && !tokens[other].StartsSentence; other++)
        {
            if (tokens[other].Folded == "como" && IsOrdinalBefore(tokens, other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOrdinalBefore(IReadOnlyList<Token> tokens, int como) =>
        como >= 3 && tokens[como - 1].IsLowercaseWord && Ordinals.Contains(tokens[como - 1].Folded) && tokens[como - 2].Folded is "o" or "a" or "os" or "as"
        && (tokens[como - 3].Is(",") || tokens[como - 3].Folded == "e");

    /// <summary>
    /// "faz uma ponta como", "estreou como", and with the screen between: "estreou no cinema como", "aparece na tela
    /// como": an appearance right before <paramref name="como"/>.
    /// </summary>
    private static bool AppearsBefore(IReadOnlyList<Token> tokens, int como) =>
        como >= 1 && (AppearanceNouns.Contains(tokens[como - 1].Folded)
            || (como >= 3 && tokens[como - 1].Folded is "cinema" or "tela" or "telas" or "teatro" && tokens[como - 2].Folded is "no" or "na" or "nas"
                && AppearanceNouns.Contains(tokens[como - 3].Folded)));

    /// <summary>
    /// "Lee Van Cleef e Robert J. Wilke completam o bando como Jack Colby e Jim Pierce": a verb in the plural between
    /// the actors and "como" gives each of them a role, so the names joined after "como" are all roles.
    /// </summary>
    private static bool PluralVerbBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to; i++)
        {
            var word = tokens[i];
            if (word.IsLowercaseWord && word.Folded.Length >= 5 && !Lexicon.IsFunctionWord(word) && !Lexicon.Adverbs.Contains(word.Folded)
                && (word.Folded.EndsWith("am", StringComparison.Ordinal) || word.Folded.EndsWith("em", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"O filho de Paulo Rangel", "a mãe de Ana": a relative as the subject; not one set off after another name ("Geraldine Chaplin, filha de Charlie Chaplin,").</summary>
    private static bool IsRelativeNamed(IReadOnlyList<Token> tokens, NameRun name) =>
        name.First >= 3 && tokens[name.First - 1].IsLowercaseWord && Of.Contains(tokens[name.First - 1].Folded) && Lexicon.KinshipNouns.Contains(tokens[name.First - 2].Folded)
        && Lexicon.TitleArticles.Contains(tokens[name.First - 3].Folded);

    /// <summary>"fez o amigo Rui Prado chorar": "fazer" and a name before an infinitive makes someone do something, plays no one.</summary>
    private static bool IsCausative(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 1 < tokens.Count && tokens[run.Last + 1].IsLowercaseWord && tokens[run.Last + 1].Folded.Length > 3
        && (tokens[run.Last + 1].Folded.EndsWith("ar", StringComparison.Ordinal) || tokens[run.Last + 1].Folded.EndsWith("er", StringComparison.Ordinal) || tokens[run.Last + 1].Folded.EndsWith("ir", StringComparison.Ordinal));

    /// <summary>
    /// "Edd Byrnes, astro da série 77 Sunset Strip, é Vince Fontaine": the sentence's subject, set off from the verb by
    /// a description between commas, plays the role; so does a full name set off by a description before "como".
    /// </summary>
    private static NameRun? SubjectSetOffBefore(IReadOnlyList<Token> tokens, List<NameRun> runs, int verbAt)
    {
        if (verbAt < 4 || !tokens[verbAt - 1].Is(","))
        {
            return null;
        }

        for (var at = verbAt - 2; at >= Math.Max(1, verbAt - 12) && !tokens[at].Is(".") && !tokens[at].Is(")"); at--)
        {
            if (tokens[at].Is(","))
            {
                // "entrou Sofia Coppola, filha do cineasta, como Mary Corleone": before "como", a full name set off by a
                // description plays the role wherever it stands in the sentence.
                var describedBeforeComo = tokens[verbAt].Folded == "como" && tokens[at + 1].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[at + 1]) && !GivesExamples(tokens, verbAt);
                return runs.FirstOrDefault(r => r.Last == at - 1 && (tokens[r.First].StartsSentence || describedBeforeComo) && r.WordCount >= 2 && r.Cue == CharacterCue.None);
            }
        }

        return null;
    }

    /// <summary>
    /// "Paulo Reis, parceiro habitual de Ana Moura, aparece como ...": a name that ends a description set off after the
    /// sentence's subject is whom the description speaks of; the subject is who plays.
    /// </summary>
    private static NameRun? SubjectOfAnAppositionEndingIn(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun inside)
    {
        if (inside.First < 3 || inside.Last + 1 >= tokens.Count || !tokens[inside.Last + 1].Is(",") || !tokens[inside.First - 1].IsLowercaseWord)
        {
            return null;
        }

        for (var at = inside.First - 1; at >= Math.Max(1, inside.First - 12) && !tokens[at].Is(".") && !tokens[at].Is(")") && !tokens[at].IsNameToken; at--)
        {
            if (tokens[at].Is(","))
            {
                // Not "Nancy Kyes, creditada como Nancy Loomis, ...": the name she works under is hers, as an actor.
                return tokens[at + 1].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[at + 1]) && !CreditedUnder.Contains(tokens[at + 1].Folded)
                    ? runs.FirstOrDefault(r => r.Last == at - 1 && tokens[r.First].StartsSentence && r.WordCount >= 2 && r.Cue == CharacterCue.None)
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Stockard Channing tinha 33 anos quando fez Betty Rizzo, líder das Pink Ladies": when "quando" brings in the
    /// making of a name set off by a comma, the sentence's subject played it. Not "quando fez Tom Hanks chorar".
    /// </summary>
    private static NameRun? SubjectWhenItMade(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run, int verbAt) =>
        verbAt >= 1 && tokens[verbAt - 1].Folded == "quando" && Lexicon.PlayedVerbsAfterAnActor.Contains(tokens[verbAt].Folded)
        && run.First == verbAt + 1 && run.Last + 1 < tokens.Count && tokens[run.Last + 1].Is(",")
        && runs.FirstOrDefault(r => r.Last < verbAt && r.WordCount >= 2 && r.Cue == CharacterCue.None && OpensTheSentence(tokens, r)) is { } subject
        && !runs.Any(r => r.First > subject.Last && r.Last < verbAt)
            ? subject
            : null;

    /// <summary>"como Dora Salles na novela Vale Tudo", "como C.J. Cregg na série ...": the role's show follows it.</summary>
    private static bool WorkOtherThanAFilmAfter(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 2 < tokens.Count && tokens[run.Last + 1].IsLowercaseWord && tokens[run.Last + 1].Folded is "na" or "no" or "em"
        && Lexicon.WorksOtherThanFilms.Contains(tokens[run.Last + 2].Folded);

    /// <summary>
    /// "como Mark Hanna, o veterano que ...", "como Salvador Mallo, um alter ego do diretor": after "como", a name set off
    /// and described by an article and a noun is a role's.
    /// </summary>
    private static bool DescribedAfterAComma(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 3 < tokens.Count && tokens[run.Last + 1].Is(",") && tokens[run.Last + 2].Folded is "o" or "a" or "um" or "uma"
        && tokens[run.Last + 3].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[run.Last + 3]);

    /// <summary>"interpreta o protagonista, ...", "vive a vilã, ...", "como o herói, ...": a lead role played, then a comma.</summary>
    private static bool SetOffAfterARolePlayed(IReadOnlyList<Token> tokens, int commaAt) =>
        commaAt >= 3 && tokens[commaAt].Is(",") && LeadRoles.Contains(tokens[commaAt - 1].Folded) && tokens[commaAt - 2].Folded is "o" or "a"
        && (Lexicon.PlayedVerbs.Contains(tokens[commaAt - 3].Folded) || tokens[commaAt - 3].Folded is "como" or "faz" or "fez" or "fazia" or "fara");

    private static readonly HashSet<string> LeadRoles =
        ["protagonista", "antagonista", "vilao", "vila", "heroi", "heroina", "mocinho", "mocinha", "narrador", "narradora", "coadjuvante"];

    /// <summary>
    /// ", da série House of Cards": a show other than a film that the name, set off by a comma, is of. Not ", na série
    /// ...", where people appear too.
    /// </summary>
    private static bool ShowAfterAComma(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 3 < tokens.Count && tokens[run.Last + 1].Is(",") && tokens[run.Last + 2].IsLowercaseWord && tokens[run.Last + 2].Folded is "da" or "do"
        && Lexicon.WorksOtherThanFilms.Contains(tokens[run.Last + 3].Folded);

    private static readonly HashSet<string> PluralQuantifiers = ["varias", "varios", "muitas", "muitos", "outras", "outros", "diversas", "diversos", "algumas", "alguns"];

    /// <summary>
    /// "restaurantes como o Guy Savoy", "várias empresas que anunciaram no filme, como a Atari": "como" after a plural
    /// of things gives examples of them, not a role.
    /// </summary>
    internal static bool GivesExamples(IReadOnlyList<Token> tokens, int como)
    {
        if (como < 1 || tokens[como - 1].IsCapitalizedWord)
        {
            return false;
        }

        var before = tokens[como - 1];
        // Not "escalados como o suricato Timão": a participle, or a verb in "-mos", is no plural of things.
        if (before.IsLowercaseWord && before.Folded.Length > 3 && before.Folded.EndsWith('s') && !Lexicon.IsFunctionWord(before) && !Lexicon.PlayedVerbs.Contains(before.Folded)
            && !before.Folded.EndsWith("dos", StringComparison.Ordinal) && !before.Folded.EndsWith("das", StringComparison.Ordinal) && !before.Folded.EndsWith("mos", StringComparison.Ordinal))
        {
            return true;
        }

        for (var at = como - 1; before.Is(",") && at >= Math.Max(0, como - 10) && !tokens[at].Is("."); at--)
        {
            // "atores profissionais e não profissionais, como o vaqueiro Carlos Pessoa": examples of people.
            if (PluralQuantifiers.Contains(tokens[at].Folded) || (tokens[at].IsLowercaseWord && tokens[at].Folded.EndsWith('s') && Lexicon.IsRoleNoun(tokens[at].Folded)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many words before the description make a slot that gives a character life or voice, counting from the
    /// preposition: "deu vida a" (3), "empresta sua voz ao" (4), "faz a voz do" (4); 0 when there is none.
    /// </summary>
    /// <param name="tokens">The fact's tokens.</param>
    /// <param name="described">Where the description starts (the name, when there is none): distances count back from it.</param>
    private static int VoiceOrLifeSlotLength(IReadOnlyList<Token> tokens, int described)
    {
        // A local function, not a delegate of the caller's: asked for every name, a delegate would cost a closure each time.
        string Before(int distance) => described - distance >= 0 ? tokens[described - distance].Folded : "";
        // "dá vida ainda a Jobu Tupaki": an adverb may stand before the "a".
        var adverb = Lexicon.Adverbs.Contains(Before(2)) ? 1 : 0;
        if (Before(1) is "a" or "ao" && Before(2 + adverb) is "vida" or "voz")
        {
            return LifeOrVoiceVerbs.Contains(Before(3 + adverb)) ? 3 + adverb : Before(3 + adverb) is "a" or "sua" && LifeOrVoiceVerbs.Contains(Before(4 + adverb)) ? 4 + adverb : 0;
        }

        return Before(1) is "do" or "da" or "de" && Before(2) == "voz" && Before(3) == "a" && MakingVerbs.Contains(Before(4)) ? 4 : 0;
    }

    /// <summary>How many tokens from <paramref name="at"/> back are adverbs, with the commas around "respectivamente".</summary>
    private static int AdverbsBefore(IReadOnlyList<Token> tokens, int at)
    {
        var count = 0;
        while (at - count >= 1 && (Lexicon.Adverbs.Contains(tokens[at - count].Folded) || tokens[at - count].Folded == "respectivamente"
            || (tokens[at - count].Is(",") && (tokens[at - count - 1].Folded == "respectivamente" || (at - count + 1 < tokens.Count && tokens[at - count + 1].Folded == "respectivamente")))))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// The last run ending before the verb at <paramref name="verbAt"/> that opens its sentence or stands right before
    /// the verb's comma, when no run outside a prepositional phrase stands between it and <paramref name="run"/>.
    /// </summary>
    private static NameRun? SubjectBeforeALinkingVerb(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run, int verbAt)
    {
        NameRun? subject = null;
        for (var i = runs.Count - 1; i >= 0 && subject is null; i--)
        {
            var r = runs[i];
            if (r.Last < verbAt && (OpensTheSentence(tokens, r) || (r.Last == verbAt - 2 && !AfterAPreposition(tokens, r))))
            {
                subject = r;
            }
        }

        if (subject is null)
        {
            return null;
        }

        foreach (var r in runs)
        {
            if (r.First > subject.Last && r.Last < run.First && !AfterAPreposition(tokens, r))
            {
                return null;
            }
        }

        return subject;
    }

    private static NameRun? LastRunOpeningASentenceBefore(IReadOnlyList<Token> tokens, List<NameRun> runs, int before)
    {
        for (var i = runs.Count - 1; i >= 0; i--)
        {
            if (runs[i].Last < before && tokens[runs[i].First].StartsSentence)
            {
                return runs[i];
            }
        }

        return null;
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

    /// <summary>
    /// "Norman Bates, o dono do motel de Psicose (1960)": a name set off by a description that ends in a dated film is
    /// a role of that film, unless the description is a trade ("Walter Salles, o diretor de ...").
    /// </summary>
    private static void ReadRolesDescribedAsOfAFilm(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, List<NameRun> runs)
    {
        foreach (var run in runs)
        {
            // Not "é interpretada por Lúcia Fortes, a heroína de ...": the actor's apposition.
            if (run.Cue != CharacterCue.None || run.Professions.Count > 0
                || (run.First >= 2 && tokens[run.First - 1].Folded is "por" or "pelo" or "pela" && Lexicon.PlayedByParticiples.Contains(tokens[run.First - 2].Folded)))
            {
                continue;
            }

            var at = run.Last + 1;
            // Not "Walter Matthau, a partir de ...", where "a" is a preposition.
            if (at + 2 >= tokens.Count || !tokens[at].Is(",") || !(tokens[at + 1].IsLowercaseWord && tokens[at + 1].Folded is "o" or "a") || tokens[at + 2].Folded == "partir")
            {
                continue;
            }

            // "Freddy Krueger, o vilão de A Hora do Pesadelo": a part of a story's cast, of a work named, dated or not.
            if (at + 4 < tokens.Count && StoryRoles.Contains(tokens[at + 2].Folded) && tokens[at + 3].IsLowercaseWord && Of.Contains(tokens[at + 3].Folded) && tokens[at + 4].IsNameToken)
            {
                run.FilmAfter = FilmCovering(films, tokens[at + 4]);
                // A role, unless the file names the name as a person's: an actor too is called "a heroína de" a film.
                Mark(run, CharacterCue.RoleOf, $"described as \"{tokens[at + 1].Text} {tokens[at + 2].Text} {tokens[at + 3].Text}\" a work");
                continue;
            }

            var end = at + 2;
            while (end < tokens.Count && end - at <= 8 && tokens[end].IsLowercaseWord && !Lexicon.IsRoleNoun(tokens[end].Folded) && !Lexicon.IsFilmTrade(tokens[end].Folded)
                && DatedFilmRightAfter(tokens, films, end) is null)
            {
                end++;
            }

            // Not "de Walt Disney, a trechos inéditos de ...", where "a" before a plural is a preposition, nor "ao lado de X,
            // o roteiro de ...", where the description is a thing.
            var head = tokens[at + 2].Folded;
            if (end > at + 2 && end < tokens.Count && DatedFilmRightAfter(tokens, films, end) is { } film && IsDescribingWord(tokens[at + 2])
                && !head.EndsWith('s') && !Lexicon.IsThingNoun(head) && !Lexicon.WorkNouns.Contains(head) && !Lexicon.AuthorsOfWorks.ContainsKey(head)
                && !PlaysAfterTheApposition(tokens, film))
            {
                run.FilmAfter = film;
                Mark(run, CharacterCue.Role, $"described as \"{string.Join(' ', tokens.Skip(at + 1).Take(end - at).Select(t => t.Text))} {film.Film.Title}\"");
            }
        }
    }

    /// <summary>"Linda Blair, a menina possuída de O Exorcista (1973), aparece como ...": the name set off is an actor's.</summary>
    private static bool PlaysAfterTheApposition(IReadOnlyList<Token> tokens, FilmSpan film)
    {
        var after = 0;
        while (after < tokens.Count && tokens[after].Start < film.End)
        {
            after++;
        }

        return after + 1 < tokens.Count && tokens[after].Is(",")
            && (Lexicon.PlayedVerbs.Contains(tokens[after + 1].Folded) || Lexicon.PlayedVerbsAfterAnActor.Contains(tokens[after + 1].Folded) || Lexicon.ShowsUpVerbs.Contains(tokens[after + 1].Folded));
    }

    /// <summary>The dated film that "em", "de" or ", de" after a name opens, if any.</summary>
    private static FilmSpan? DatedFilmRightAfter(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, int at)
    {
        at += at < tokens.Count && tokens[at].Is(",") ? 1 : 0;
        return at + 1 < tokens.Count && tokens[at].IsLowercaseWord && tokens[at].Folded is "em" or "de" or "no" or "na" or "do" or "da"
            ? FilmCovering(films, tokens[at + 1])
            : null;
    }

    /// <summary>From a dated film to the joint: its closing parenthesis, then at most commas and a credit (", de Quentin Tarantino,").</summary>
    private static bool OnlyCreditsBetween(IReadOnlyList<Token> tokens, FilmSpan film, int joint)
    {
        var at = joint - 1;
        while (at >= 0 && !tokens[at].Is(")") && (tokens[at].Is(",") || tokens[at].IsNameToken || Lexicon.NameParticles.Contains(tokens[at].Folded) || tokens[at].Folded == "de"))
        {
            at--;
        }

        return at >= 0 && tokens[at].Is(")") && film.Covers(tokens[at]);
    }

    /// <summary>
    /// "Myrtle Gordon, a personagem de Gena Rowlands": a name set off by "o personagem de" and an actor is that actor's
    /// role, and the actor no role.
    /// </summary>
    private static void ReadRolesOfActorsAfter(IReadOnlyList<Token> tokens, List<NameRun> runs)
    {
        foreach (var run in runs)
        {
            var at = run.Last + 1;
            if (at + 4 < tokens.Count && tokens[at].Is(",") && tokens[at + 1].Folded is "o" or "a" && tokens[at + 2].Folded is "personagem" or "papel"
                && Of.Contains(tokens[at + 3].Folded) && FullNameStartingAt(runs, at + 4) is { } actor)
            {
                Mark(run, CharacterCue.Played, $"\"{string.Join(' ', tokens.Skip(at).Take(4).Select(t => t.Text))}\" naming its actor {actor.Text}", actor);
                (actor.Cue, actor.CueText) = (CharacterCue.None, "");
            }
            else if (run.Cue == CharacterCue.None && SetOffAsACharacter(tokens, at) is > 0 and var noun)
            {
                // "como Mick Travis, o mesmo personagem que tinha interpretado": the apposition says it is a role.
                Mark(run, CharacterCue.Role, $"set off as \"{string.Join(' ', tokens.Skip(at + 1).Take(noun - at).Select(t => t.Text))}\"");
            }
        }
    }

    /// <summary>Where ", o personagem", ", a mesma personagem", ", o papel" after a name puts its noun; 0 when it does not.</summary>
    private static int SetOffAsACharacter(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma + 2 >= tokens.Count || !tokens[comma].Is(",") || tokens[comma + 1].Folded is not ("o" or "a"))
        {
            return 0;
        }

        // The noun ends the apposition or opens its clause: not "Segundo os Coen, o personagem foi inspirado em ..."
        // (the subject of what follows), nor "e Berta Drews, a mesma personagem idosa" (whom an actor plays).
        var noun = comma + 2 + (tokens[comma + 2].Folded is "mesmo" or "mesma" or "proprio" or "propria" ? 1 : 0);
        return noun < tokens.Count && tokens[noun].Folded is "personagem" or "papel"
            && (noun + 1 == tokens.Count || tokens[noun + 1].Folded == "que" || tokens[noun + 1].Is(",") || tokens[noun + 1].Is(".") || tokens[noun + 1].Is(";")) ? noun : 0;
    }

    /// <summary>Whether the list of cast pairs going on from <paramref name="at"/> ends in a verb of playing, whose subjects they are.</summary>
    private static bool ActorsOfAVerbAfter(IReadOnlyList<Token> tokens, int at)
    {
        while (at < tokens.Count && (tokens[at].IsNameToken || tokens[at].Is(",") || tokens[at].Is("(") || tokens[at].Is(")") || tokens[at].Folded == "e"))
        {
            at++;
        }

        // Not "Big Mac (James Westerfield) e Truck, vivido por ...": a participle's actor comes after it; nor "o mágico
        // Arturo (Vernon Dobtcheff) faz uma girafa desaparecer": "fazer" before an infinitive makes something happen.
        return at < tokens.Count && tokens[at].IsLowercaseWord && !Lexicon.PlayedByParticiples.Contains(tokens[at].Folded)
            && (Lexicon.PlayedVerbs.Contains(tokens[at].Folded) || Lexicon.PlayedVerbsAfterAnActor.Contains(tokens[at].Folded))
            && !MakesSomethingHappen(tokens, at);
    }

    /// <summary>"faz uma girafa desaparecer": a verb of doing, a short phrase in lower case, then an infinitive.</summary>
    private static bool MakesSomethingHappen(IReadOnlyList<Token> tokens, int verb)
    {
        for (var i = verb + 2; i < Math.Min(tokens.Count, verb + 5) && tokens[i - 1].IsLowercaseWord; i++)
        {
            var word = tokens[i];
            if (word.IsLowercaseWord && word.Folded.Length > 4 && !Lexicon.IsFunctionWord(word)
                && (word.Folded.EndsWith("ar", StringComparison.Ordinal) || word.Folded.EndsWith("er", StringComparison.Ordinal) || word.Folded.EndsWith("ir", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Na trama, ...", "No prólogo, ...": the sentence holding the token opens by saying it tells the story.</summary>
    private static bool TellsThePlot(IReadOnlyList<Token> tokens, int at)
    {
        var start = at;
        while (start > 0 && !tokens[start].StartsSentence)
        {
            start--;
        }

        return start + 2 < at && tokens[start].Folded is "na" or "no" && PlotNouns.Contains(tokens[start + 1].Folded) && tokens[start + 2].Is(",");
    }

    /// <summary>"Charles Kay vive o Conde", "Tim Daly como o pai": a name right before a verb of playing is the one who plays.</summary>
    private static bool PlaysTheNext(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 1 < tokens.Count && tokens[run.Last + 1] is { IsLowercaseWord: true } next
        && (Lexicon.PlayedVerbs.Contains(next.Folded) || Lexicon.PlayedVerbsAfterAnActor.Contains(next.Folded) || next.Folded == "como");

    /// <summary>
    /// "vivida por Ana Reis", "a bisavó ganhou a voz de Ana Reis", "o papel ficou com Ana Reis", "quem lhe dá vida é Ana
    /// Reis": whoever a role is played by, gets its voice from, or is given to.
    /// </summary>
    private static bool IsAgentOfPlaying(IReadOnlyList<Token> tokens, NameRun run)
    {
        string Before(int distance) => run.First - distance >= 0 ? tokens[run.First - distance].Folded : "";
        return (Before(1) is "por" or "pelo" or "pela" && Lexicon.PlayedByParticiples.Contains(Before(2)))
            || (Of.Contains(Before(1)) && Before(2) == "voz" && Before(3) is "a" or "sua" && Before(4) is "ganhou" or "ganha" or "recebeu" or "recebe" or "tem" or "teve")
            || (Before(1) == "com" && Before(2) is "ficou" or "fica" or "ficaria" && Before(3) == "papel")
            || (Before(1) is "a" or "para" && Before(2) is "coube" or "cabe" && Before(3) == "papel")
            || (Before(1) is "e" or "era" or "foi" && Before(2) is "vida" or "voz" && Before(3) is "da" or "deu" or "dava" && Before(4) == "lhe");
    }

    /// <summary>
    /// Under a label of characters, the one the labelled role went to: "Personagem: Chino ... ficou com José De Vega",
    /// "Ice ... é papel de Tucker Smith", "Glad Hand é uma das primeiras aparições de John Astin".
    /// </summary>
    private static bool TakesTheLabelledRole(IReadOnlyList<Token> tokens, NameRun run)
    {
        string Before(int distance) => run.First - distance >= 0 ? tokens[run.First - distance].Folded : "";
        return (Before(1) == "com" && Before(2) is "ficou" or "fica" or "ficaria")
            || (Of.Contains(Before(1)) && Before(2) is "papel" or "aparicao" or "aparicoes" or "estreia" && Before(3) is "e" or "foi" or "era" or "das" or "primeiras" or "primeira");
    }

    private static void Mark(NameRun run, CharacterCue cue, string text, NameRun? actor = null) =>
        (run.Cue, run.CueText, run.Actor) = (cue, text, actor ?? run.Actor);

    internal static bool OnlyListSeparatorsBetween(IReadOnlyList<Token> tokens, NameRun before, NameRun after) =>
        OnlyListSeparatorsBetween(tokens, before.Last, after.First);

    /// <summary>"vivem Pumpkin e Honey Bunny", and with a description: "viveram Selina Kyle e o mordomo Alfred Pennyworth".</summary>
    private static bool OnlyListSeparatorsBetween(IReadOnlyList<Token> tokens, int beforeLast, int afterFirst)
    {
        if (afterFirst <= beforeLast + 1)
        {
            return false;
        }

        for (var i = beforeLast + 1; i < afterFirst; i++)
        {
            if (!tokens[i].Is(",") && tokens[i].Folded != "e")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"viveu Dona Hermínia em Minha Mãe (2013)", and after a description "a princesa Mia de O Diário (2001)".</summary>
    private static FilmSpan? FilmAfter(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, NameRun run)
    {
        // "como Daisy Werthan, em Conduzindo Miss Daisy (1989)": a comma may stand before "em", and after an apposition
        // ("como Bradley Bradshaw, o Rooster, em ...").
        var next = run.Last + 1 + (run.Last + 2 < tokens.Count && tokens[run.Last + 1].Is(",") && tokens[run.Last + 2].Folded == "em" ? 1 : AppositionLength(tokens, run.Last + 1));
        var slot = next < tokens.Count ? tokens[next].Folded : null;
        return next + 1 < tokens.Count && (slot == "em" || (slot is "de" or "do" or "da" && run.First > 0 && IsDescribingWord(tokens[run.First - 1]) && DescribedBy(tokens, run.First) > 0))
            ? FilmCovering(films, tokens[next + 1])
            : null;
    }

    internal static FilmSpan? FilmCovering(IReadOnlyList<FilmSpan> films, Token token)
    {
        foreach (var film in films)
        {
            if (film.Covers(token))
            {
                return film;
            }
        }

        return null;
    }

    /// <summary>", o Rooster, em": the length of a short apposition with its commas, when "em" follows it; else 0.</summary>
    private static int AppositionLength(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma + 1 >= tokens.Count || !tokens[comma].Is(",") || tokens[comma + 1].Folded is not ("o" or "a"))
        {
            return 0;
        }

        for (var at = comma + 2; at < Math.Min(tokens.Count - 1, comma + 6) && tokens[at].Kind == TokenKind.Word; at++)
        {
            if (tokens[at + 1].Is(","))
            {
                return at + 2 < tokens.Count && tokens[at + 2].Folded == "em" ? at + 2 - comma : 0;
            }
        }

        return 0;
    }

    private static NameRun? NamedAfterARoleOf(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        var after = run.Last + 1;
        return run.First >= 2 && tokens[run.First - 1].Is(",") && after < tokens.Count && tokens[after].Text is "," or "." or ";"
            && RunEndingAt(runs, run.First - 2) is { Cue: CharacterCue.RoleOf, WordCount: 1 } named
            && named.First >= 2 && RoleNouns.Contains(tokens[named.First - 2].Folded) ? named : null;
    }

    /// <summary>"(o baterista Guto Goffi)": an article and a word or two that no film trade holds, then a name, in parentheses.</summary>
    private static NameRun? DescribedRoleInParenthesesAfter(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        var open = run.Last + 1;
        if (run.WordCount < 2 || open + 3 >= tokens.Count || !tokens[open].Is("(") || !(tokens[open + 1].IsLowercaseWord && tokens[open + 1].Folded is "o" or "a"))
        {
            return null;
        }

        var described = open + 2;
        while (described < open + 4 && tokens[described].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[described])
            && !Lexicon.IsFilmTrade(tokens[described].Folded) && tokens[described].Folded is not ("ator" or "atriz"))
        {
            described++;
        }

        var inside = RunStartingAt(runs, described);
        return described > open + 2 && inside is not null && inside.Last + 1 < tokens.Count && tokens[inside.Last + 1].Is(")") ? inside : null;
    }

    /// <summary>
    /// Whether the name at <paramref name="first"/> follows a participle of playing and "por", itself or after other
    /// cast pairs of the same list ("vividos por A (X), B (Y) e C (Z)").
    /// </summary>
    private static bool PlayedByTheNamesOfAList(IReadOnlyList<Token> tokens, int first)
    {
        for (var pairs = 0; pairs < 8 && first >= 2; pairs++)
        {
            var before = tokens[first - 1];
            if (before.IsLowercaseWord && before.Folded == "por")
            {
                return Lexicon.PlayedByParticiples.Contains(tokens[first - 2].Folded);
            }

            // Back over the pair before: ", " or " e ", its closing parenthesis, what it holds, and the name before it.
            if (!(before.Is(",") || (before.IsLowercaseWord && before.Folded == "e")) || !tokens[first - 2].Is(")"))
            {
                return false;
            }

            var open = first - 3;
            while (open >= 0 && !tokens[open].Is("(") && !tokens[open].Is(")"))
            {
                open--;
            }

            if (open < 1 || !tokens[open].Is("(") || !tokens[open - 1].IsNameToken)
            {
                return false;
            }

            first = open - 1;
            while (first >= 1 && (tokens[first - 1].IsNameToken || tokens[first - 1].Is(".")) && !tokens[first].StartsSentence)
            {
                first--;
            }
        }

        return false;
    }

    private static NameRun? InParenthesesAfter(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        var open = run.Last + 1;
        if (open >= tokens.Count || !tokens[open].Is("("))
        {
            return null;
        }

        var inside = RunStartingAt(runs, open + 1);
        return inside is not null && inside.Last + 1 < tokens.Count && (tokens[inside.Last + 1].Is(")") || IsDescribedToItsClose(tokens, inside.Last + 1)) ? inside : null;
    }

    /// <summary>
    /// "(Lello Cava, vendedor de brinquedos)", "(Rui Prado, um texano armado)": after the name in parentheses, a comma and
    /// what describes it.
    /// </summary>
    private static bool IsDescribedToItsClose(IReadOnlyList<Token> tokens, int comma)
    {
        var article = comma + 2 < tokens.Count && tokens[comma + 1].IsLowercaseWord && tokens[comma + 1].Folded is "um" or "uma" or "o" or "a";
        if (comma + 1 >= tokens.Count || !tokens[comma].Is(",") || !IsDescribingWord(tokens[comma + (article ? 2 : 1)]))
        {
            return false;
        }

        for (var at = comma + 1; at < tokens.Count && !tokens[at].Is("(") && !tokens[at].Is("."); at++)
        {
            if (tokens[at].Is(")"))
            {
                return true;
            }
        }

        return false;
    }
}
