using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>Role slots with words between the cue and the name: "interpreta o astuto Otávio", "Vic Vega, o bandido vivido por Madsen".</summary>
internal static partial class CharacterCueReader
{
    private const int MaxDescribingWords = 3;
    private static readonly HashSet<string> DescriptionJoints = ["em", "de", "do", "da", "dos", "das", "e"];
    // "vivido outra vez por", "interpretada mais uma vez por".
    private static readonly HashSet<string> AgainWords = ["outra", "mais", "uma", "vez", "novamente", "tambem", "depois", "ainda", "justamente", "agora"];

    /// <summary>
    /// How many tokens describe the character before its name: an article, then at most three lower-case words, with
    /// one "em", "de" or "e" between them ("o especialista em explosivos Basher Tarr", "a estrela de cinema Bridget
    /// Vance", "o temido crítico gastronômico Anton Ego", "o baixinho e ganancioso Chef Skinner"). Never "de" right
    /// before the name: in "a mulher de Paulo" the role is the wife, not Paulo. A profession describes only where the
    /// caller knows the slot is a role ("faz o senador Graco", not "como a produtora Ana Reis").
    /// </summary>
    private static int DescribedBy(IReadOnlyList<Token> tokens, int first, bool byProfessionsToo = false)
    {
        // "interpreta o protagonista, Guido Orefice, um garçom": the description may stand in apposition, between commas.
        if (first >= 3 && tokens[first - 1].Is(",") && !tokens[first - 2].IsNameToken && ClosesAnApposition(tokens, first)
            && DescribedBy(tokens, first - 1, byProfessionsToo) is > 0 and var beforeTheComma)
        {
            return beforeTheComma + 1;
        }

        bool Describes(Token token) => IsDescribingWord(token) && (byProfessionsToo || !Lexicon.IsRoleNoun(token.Folded));
        var portfolio = PortfolioBefore(tokens, first, byProfessionsToo);
        var (at, words, joined) = (first - 1 - portfolio, 0, false);
        while (at >= 0 && words < MaxDescribingWords && Describes(tokens[at]))
        {
            (at, words) = (at - 1, words + 1);
            // Not over the cue: "repete a voz da tartaruga Crush" is described by "tartaruga" alone.
            if (!joined && at >= 1 && tokens[at].IsLowercaseWord && DescriptionJoints.Contains(tokens[at].Folded) && Describes(tokens[at - 1]) && tokens[at - 1].Folded is not ("voz" or "vida"))
            {
                (at, joined) = (at - 1, true);
            }
        }

        if (words > 0 && at > 0 && Of.Contains(tokens[at].Folded) && tokens[at].IsLowercaseWord && (RoleNouns.Contains(tokens[at - 1].Folded) || tokens[at - 1].Folded == "voz"))
        {
            // "o papel do vilão Juiz Doom", "faz a voz do baixinho Chef Skinner": the article is in "do", which the cue reads.
            return first - at - 1;
        }

        if (at < 0 || !tokens[at].IsLowercaseWord || !DescribingArticles.Contains(tokens[at].Folded))
        {
            return 0;
        }

        // In "dá vida ao capanga Luca Brasi" the "ao" belongs to the cue "dar vida a": only the describing word is skipped.
        // So it does after an adverb: "dá vida ainda a Jobu Tupaki".
        var cueEnd = at > 1 && Lexicon.Adverbs.Contains(tokens[at - 1].Folded) ? at - 2 : at - 1;
        var articleOfTheCue = tokens[at].Folded is "ao" or "a" && cueEnd >= 0 && tokens[cueEnd].Folded is "vida" or "voz";
        return first - at - (articleOfTheCue ? 1 : 0);
    }

    /// <summary>
    /// "o apresentador de TV Mike Engel", "o agente do FBI Patrick Denham", "o ministro do Armamento Albert Speer": an
    /// acronym or one or two capitalised words of the language after "de" end the description; the words they take.
    /// </summary>
    private static int PortfolioBefore(IReadOnlyList<Token> tokens, int first, bool byProfessionsToo)
    {
        for (var words = 1; words <= 2 && first - words - 2 >= 0; words++)
        {
            var word = tokens[first - words];
            if (!IsAcronym(word) && !(word.IsCapitalizedWord && OrdinaryWords.Contains(word.Folded) && !GivenNames.Contains(word.Folded)))
            {
                return 0;
            }

            var of = tokens[first - words - 1];
            var described = tokens[first - words - 2];
            if (of.IsLowercaseWord && Of.Contains(of.Folded) && IsDescribingWord(described) && (byProfessionsToo || !Lexicon.IsRoleNoun(described.Folded)))
            {
                return words + 1;
            }
        }

        return 0;
    }

    private static bool IsAcronym(Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length is >= 2 and <= 5 && token.Text.All(char.IsUpper);

    private static bool ClosesAnApposition(IReadOnlyList<Token> tokens, int first)
    {
        var after = first;
        while (after < tokens.Count && tokens[after].IsNameToken)
        {
            after++;
        }

        // "Lima Duarte, como o bispo, Paulo Goulart, como o major": a name whose own role follows is an actor in a list.
        // "o marido dela, Jack Fisk, diretor de arte do filme": a name whose trade follows is a person's.
        var roleFollows = after + 1 < tokens.Count && tokens[after].Is(",") && (tokens[after + 1].Folded == "como" || Lexicon.PlayedVerbs.Contains(tokens[after + 1].Folded)
            || (tokens[after + 1].IsLowercaseWord && Lexicon.IsRoleNoun(tokens[after + 1].Folded)));
        return !roleFollows && (after >= tokens.Count || tokens[after].Is(",") || tokens[after].Is(".") || tokens[after].Is(";"));
    }

    private static bool IsDescribingWord(Token token) =>
        token.IsLowercaseWord && !Lexicon.IsFunctionWord(token) && !Lexicon.PlayedVerbs.Contains(token.Folded)
        && !RoleNouns.Contains(token.Folded);

    /// <summary>"Otávio Lemos, vivido por Rafael Nogueira", "Vic Vega, o bandido vivido por Madsen": the participle puts the actor after the character.</summary>
    private static void ReadPlayedByAfter(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        // "desenvolvida por Ryan Murphy, ..., vivida por Sarah Paulson": the agent of a credit is played by no one.
        // "Antes de Ledger, o palhaço foi vivido por ...": a name after "antes de" or "depois de" only dates what follows.
        if (run.First >= 2 && ((tokens[run.First - 1].Folded == "por" && Lexicon.ParticipleRoles.ContainsKey(tokens[run.First - 2].Folded))
            || (tokens[run.First - 1].Folded == "de" && tokens[run.First - 2].Folded is "antes" or "depois")))
        {
            return;
        }

        var next = run.Last + 1;
        if (next < tokens.Count && tokens[next].Is(","))
        {
            next++;
            // "Vic Vega, o bandido vivido por", "Billy Batts, mafioso interpretado por": an article or a describing word opens a description.
            if (next + 1 < tokens.Count && tokens[next].IsLowercaseWord && (DescribingArticles.Contains(tokens[next].Folded) || IsDescribingWord(tokens[next]))
                && !Lexicon.PlayedByParticiples.Contains(tokens[next].Folded))
            {
                next++;
                while (next < tokens.Count && next - run.Last < MaxDescriptionBeforePlayedBy && (tokens[next].IsLowercaseWord || IsNameInADescription(tokens, next) || IsCliticHyphen(tokens, next))
                    && !Lexicon.PlayedByParticiples.Contains(tokens[next].Folded))
                {
                    next++;
                }

                // "John Hammond, o criador do parque, é vivido por ...", "Elena, filha de um banqueiro, interpretada por ...";
                // but in "Campbell, ajudou a jornada de Luke Skywalker, vivido por" the participle is the nearer name's.
                next += next + 1 < tokens.Count && tokens[next].Is(",") && Lexicon.LinkingVerbs.Contains(tokens[next + 1].Text) ? 2
                    : next + 1 < tokens.Count && tokens[next].Is(",") && Lexicon.PlayedByParticiples.Contains(tokens[next + 1].Folded)
                        && !tokens[next - 1].IsNameToken && AgreesWithDescription(tokens, run.Last + 2, next) ? 1 : 0;
            }
            else if (next + 1 < tokens.Count && Lexicon.LinkingVerbs.Contains(tokens[next].Text) && Lexicon.PlayedByParticiples.Contains(tokens[next + 1].Folded)
                && (tokens[run.First].StartsSentence || (run.First > 0 && tokens[run.First - 1].Is(",")) || SetOffWithItsDescription(tokens, run)))
            {
                // "O ex-paciente, Vincent Grey, é vivido por ...": a name set off by commas, not one inside a description;
                // "O assassino, o nacionalista Nathuram Godse, é vivido por ...": with its description.
                next++;
            }
        }
        else if (next + 1 < tokens.Count && Lexicon.LinkingVerbs.Contains(tokens[next].Text) && tokens[next].Text != "como")
        {
            // "John Hammond é vivido por ...".
            next++;
        }

        var by = next + 1;
        while (by < tokens.Count && by - next <= 3 && tokens[by].IsLowercaseWord && AgainWords.Contains(tokens[by].Folded))
        {
            by++;
        }

        // "foi dublada pelo próprio Brad Bird": the agent may come contracted with its article, and stressed.
        // "interpretado pelo irlandês Jack MacGowran", "pelo estreante Kaique Santos": after the contracted article, a
        // word may describe the actor.
        // So may two or three: "vivido pelo dramaturgo sul-africano Athol Fugard".
        var actorAt = by + 1 + (by + 1 < tokens.Count && tokens[by + 1].Folded is "proprio" or "propria" ? 1 : 0);
        while (by < tokens.Count && tokens[by].Folded is "pelo" or "pela" && actorAt < tokens.Count && actorAt - by <= 3 && tokens[actorAt].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[actorAt]))
        {
            actorAt++;
        }

        if (by + 1 >= tokens.Count || !Lexicon.PlayedByParticiples.Contains(tokens[next].Folded) || tokens[by].Folded is not ("por" or "pelo" or "pela")
            || RunStartingAt(runs, actorAt) is not { } actor)
        {
            return;
        }

        var slot = $"role slot \"{tokens[next].Text} por\"";
        if (next == run.Last + 1 && HeadOfDescription(tokens, runs, run) is { } head)
        {
            // "Adonis Creed, filho de Apollo vivido por Michael B. Jordan": the son is played, not the father.
            Mark(head, CharacterCue.Played, $"{slot} {actor.Text}", actor);
            return;
        }

        if (next == run.Last + 1 && run.First >= 2 && tokens[run.First - 1].IsLowercaseWord && Of.Contains(tokens[run.First - 1].Folded)
            && (LeadRoles.Contains(tokens[run.First - 2].Folded) || Lexicon.KinshipNouns.Contains(tokens[run.First - 2].Folded)))
        {
            // "a terceira heroína de Jorge Amado vivida por Sônia Braga", "a filha de Otto vivida por": the one played is
            // the heroine or the daughter, not the name she is of.
            return;
        }

        // "a voz de Moreau foi dublada pelo ator ...": the voice of a name dubbed is a weak cue; an actor the file names
        // in full is dubbed there, not played.
        if (next - run.Last <= 2 && run.First >= 2 && Of.Contains(tokens[run.First - 1].Folded) && tokens[run.First - 2].Folded == "voz"
            && tokens[next].Folded.StartsWith("dublad", StringComparison.Ordinal))
        {
            Mark(run, CharacterCue.RoleOf, $"{slot} {actor.Text}", actor);
            return;
        }

        if (!tokens[next].Folded.EndsWith('s'))
        {
            Mark(run, CharacterCue.Played, $"{slot} {actor.Text}", actor);
            return;
        }

        // "Vicentão e Cabo Setenta, vividos por Bruno Garcia e Aramis Trindade": the lists pair in order; lists of
        // different lengths say the names are roles, not who played which.
        var characters = ListEndingAt(tokens, runs, run);
        var actors = ListStartingAt(tokens, runs, actor);
        for (var i = 0; i < characters.Count; i++)
        {
            var pairedActor = characters.Count == actors.Count ? actors[i] : null;
            Mark(characters[i], pairedActor is null ? CharacterCue.Role : CharacterCue.Played, pairedActor is null ? slot : $"{slot} {pairedActor.Text}", pairedActor);
        }
    }

    /// <summary>
    /// "..., Marcello Rubini, um jornalista de fofocas ... . O papel ficou com Marcello Mastroianni": a sentence that only
    /// gives "the part" to an actor gives it the one name the sentence before described.
    /// </summary>
    private static void ReadRolesGivenInTheNextSentence(IReadOnlyList<Token> tokens, List<NameRun> runs)
    {
        // Loops, not lambdas: every fact with a name comes here, and a lambda would cost each one a closure.
        foreach (var actor in runs)
        {
            if (actor.Cue != CharacterCue.None || !GivesThePartFromTheSentencesStart(tokens, actor.First))
            {
                continue;
            }

            var sentence = actor.First;
            while (!tokens[sentence].StartsSentence)
            {
                sentence--;
            }

            var previous = sentence - 1;
            while (previous > 0 && !tokens[previous].StartsSentence)
            {
                previous--;
            }

            if (sentence > 0 && OnlyNameDescribedBetween(tokens, runs, previous, sentence) is { } role)
            {
                Mark(role, CharacterCue.Played, $"described before \"{tokens[sentence].Text} papel\" given to {actor.Text}", actor);
            }
        }
    }

    /// <summary>The one uncued name between the two places that a comma and an article describe; null for none or several.</summary>
    private static NameRun? OnlyNameDescribedBetween(IReadOnlyList<Token> tokens, List<NameRun> runs, int from, int before)
    {
        NameRun? described = null;
        foreach (var r in runs)
        {
            if (r.First >= from && r.Last < before && r.Cue == CharacterCue.None && r.Professions.Count == 0
                && r.Last + 2 < before && tokens[r.Last + 1].Is(",") && tokens[r.Last + 2].Folded is "um" or "uma" or "o" or "a")
            {
                if (described is not null)
                {
                    return null;
                }

                described = r;
            }
        }

        return described;
    }

    /// <summary>"Lawrence Walsh, sócio da agência," before a comma: the name a short description of lowercase words sets off.</summary>
    private static NameRun? DescribedBeforeAComma(IReadOnlyList<Token> tokens, List<NameRun> runs, int comma)
    {
        var at = comma - 1;
        while (at > 0 && comma - at <= 8 && tokens[at].IsLowercaseWord)
        {
            at--;
        }

        // "Vidal Gandolfo, um colecionador espanhol rico, papel de ...": the description may open with an article.
        var opening = at + 1 < comma - 1 && tokens[at + 1].Folded is "um" or "uma" or "o" or "a" ? at + 2 : at + 1;
        return at < comma - 1 && tokens[at].Is(",") && IsDescribingWord(tokens[opening]) ? runs.FirstOrDefault(r => r.Last == at - 1 && r.Cue == CharacterCue.None) : null;
    }

    /// <summary>"Julien Grinda, ...", "O francês Julien Grinda, ...": the sentence's subject, maybe after an article and a word.</summary>
    private static bool OpensTheSentence(IReadOnlyList<Token> tokens, NameRun run) =>
        tokens[run.First].StartsSentence
        || (run.First >= 2 && tokens[run.First - 2].StartsSentence && DescribingArticles.Contains(tokens[run.First - 2].Folded) && IsDescribingWord(tokens[run.First - 1]));

    /// <summary>"em Saigon", "da agência": a name after a preposition is where or whose, not who.</summary>
    private static bool AfterAPreposition(IReadOnlyList<Token> tokens, NameRun run) =>
        run.First >= 1 && tokens[run.First - 1].IsLowercaseWord && tokens[run.First - 1].Folded is "em" or "no" or "na" or "de" or "do" or "da" or "para" or "com" or "por";

    /// <summary>"O papel ficou com", "O papel coube a": a sentence that opens by giving the part.</summary>
    private static bool GivesThePartFromTheSentencesStart(IReadOnlyList<Token> tokens, int name) =>
        name >= 4 && tokens[name - 4].StartsSentence && tokens[name - 4].Folded == "o" && tokens[name - 3].Folded == "papel"
        && ((tokens[name - 2].Folded is "ficou" or "fica" && tokens[name - 1].Folded == "com") || (tokens[name - 2].Folded is "coube" or "cabe" && tokens[name - 1].Folded is "a"));

    /// <summary>
    /// How far a description set off after a name may run before ", é vivido por": "Coleman Reese, o funcionário que
    /// descobre a identidade secreta do patrão e ameaça revelá-la num programa de TV, é vivido por".
    /// </summary>
    private const int MaxDescriptionBeforePlayedBy = 24;

    /// <summary>"revelá-la": the hyphen before a pronoun joined to its verb.</summary>
    private static bool IsCliticHyphen(IReadOnlyList<Token> tokens, int at) =>
        at >= 1 && at + 1 < tokens.Count && tokens[at].Is("-") && tokens[at - 1].IsLowercaseWord && tokens[at + 1].IsLowercaseWord
        && tokens[at - 1].End == tokens[at].Start && tokens[at].End == tokens[at + 1].Start;

    private static bool SetOffWithItsDescription(IReadOnlyList<Token> tokens, NameRun run) =>
        DescribedBy(tokens, run.First, byProfessionsToo: true) is > 0 and var described && run.First - described - 1 is >= 0 and var comma && tokens[comma].Is(",");

    /// <summary>"Gogo Yubari, a guarda-costas de O-Ren, é vivida por", "chefe dos Crazy 88": a name of whom the description speaks.</summary>
    private static bool IsNameInADescription(IReadOnlyList<Token> tokens, int at)
    {
        var from = at;
        while (from > 0 && (tokens[from].IsNameToken || tokens[from].Kind == TokenKind.Number || IsAcronym(tokens[from])))
        {
            from--;
        }

        // "Kuniharu Tsuzuki, assassinado por Washizu, é vivido por": the agent of a participle in the description too.
        // "Tomás Ribeiro, contratado para vigiar Lucinda, é vivido por": the object of a verb of the description.
        return from < at && tokens[from].IsLowercaseWord
            && (Of.Contains(tokens[from].Folded) || (tokens[from].Folded is "por" or "pelo" or "pela" && from > 0 && IsParticiple(tokens[from - 1]))
                || IsVerbOfTheDescription(tokens[from]));
    }

    private static bool IsVerbOfTheDescription(Token token) =>
        !Lexicon.IsFunctionWord(token) && !Lexicon.PlayedVerbs.Contains(token.Folded) && !Lexicon.PlayedByParticiples.Contains(token.Folded)
        && ((Lexicon.EndsWithAny(token.Folded, InfinitiveEndings) && OrdinaryWords.Contains(token.Folded)) || FilmTitleFinder.IsAVerbForm(token.Folded));

    private static readonly string[] InfinitiveEndings = ["ar", "er", "ir"];

    private static bool IsParticiple(Token token) =>
        token.IsLowercaseWord && !Lexicon.PlayedByParticiples.Contains(token.Folded) && Lexicon.EndsWithAny(token.Folded, ParticipleEndings);

    private static readonly string[] ParticipleEndings = ["ado", "ada", "ido", "ida"];

    /// <summary>
    /// "Elena, filha de um banqueiro, interpretada por": a description closed by a comma holds no clause of its own and
    /// agrees in gender with the participle after it.
    /// </summary>
    private static bool AgreesWithDescription(IReadOnlyList<Token> tokens, int opening, int closingComma)
    {
        var participle = tokens[closingComma + 1].Folded;
        var head = tokens[opening].Folded;
        var feminine = head is "a" or "as" || (!DescribingArticles.Contains(head) && head.EndsWith('a'));
        // "Rolf Gruber, o rapaz que entrega telegramas, vivido por": after an article, a clause only says more of the noun.
        return (DescribingArticles.Contains(head) || !tokens.Skip(opening).Take(closingComma - opening).Any(t => t.Folded == "que"))
            && feminine == participle.EndsWith('a');
    }

    /// <summary>The name a description ends in "de" + <paramref name="run"/> belongs to: "Adonis Creed, (o) filho de Apollo".</summary>
    private static NameRun? HeadOfDescription(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        var at = run.First - 1;
        if (at < 2 || !(tokens[at].IsLowercaseWord && Of.Contains(tokens[at].Folded)) || !IsDescribingWord(tokens[at - 1]))
        {
            return null;
        }

        at -= 2;
        at -= tokens[at].IsLowercaseWord && DescribingArticles.Contains(tokens[at].Folded) ? 1 : 0;
        return at >= 1 && tokens[at].Is(",") ? RunEndingAt(runs, at - 1) : null;
    }

    private static List<NameRun> ListEndingAt(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun last)
    {
        var list = new List<NameRun> { last };
        for (var i = runs.IndexOf(last) - 1; i >= 0 && OnlyListSeparatorsBetween(tokens, runs[i], list[0]); i--)
        {
            list.Insert(0, runs[i]);
        }

        return list;
    }

    private static List<NameRun> ListStartingAt(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun first)
    {
        var list = new List<NameRun> { first };
        for (var i = runs.IndexOf(first) + 1; i < runs.Count && OnlyListSeparatorsBetween(tokens, list[^1], runs[i]); i++)
        {
            list.Add(runs[i]);
        }

        return list;
    }
}
