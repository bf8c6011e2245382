using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Role slots with words between the cue and the name: "interpreta o astuto Otávio", and how far such a description
/// runs. A name described before "vivido por" ("Vic Vega, o bandido vivido por Madsen") is read in the PlayedBy part.
/// </summary>
internal static partial class CharacterCueReader
{
    private const int MaxDescribingWords = 3;
    private static readonly HashSet<string> DescriptionJoints = ["em", "de", "do", "da", "dos", "das", "e"];

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

    private static bool IsParticiple(Token token) =>
        token.IsLowercaseWord && !Lexicon.PlayedByParticiples.Contains(token.Folded) && Lexicon.EndsWithAny(token.Folded, ParticipleEndings);

    private static readonly string[] ParticipleEndings = ["ado", "ada", "ido", "ida"];
}
