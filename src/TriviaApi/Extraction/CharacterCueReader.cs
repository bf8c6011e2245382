using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Reads the words around name runs that make them characters: "o papel de", "a personagem", "viveu",
/// "(actor) como (character) em (film)", "(actor) foi (character)", and "Eunice (Fernanda Torres)";
/// and gives an award category's person its profession: "Melhor Atriz (Fernanda Torres)".
/// This file holds the word sets the families share and the order they are read in; each family of cues has a
/// file of its own beside it, named for what it reads.
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

    private static void Mark(NameRun run, CharacterCue cue, string text, NameRun? actor = null) =>
        (run.Cue, run.CueText, run.Actor) = (cue, text, actor ?? run.Actor);
}
