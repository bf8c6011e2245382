using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// What a run's own words say: ordinary words only ("Guerra Fria"), a word of an institution, place, ensemble or
/// award ("Rialto Theatre", "Urso de Prata"), a clause or an English possessive. Apart because these read the run
/// alone, not the words around it.
/// </summary>
internal static partial class NameRunContext
{
    // Negations and adverbs no personal name holds: "Alice Não Mora Mais Aqui" is a title.
    private static readonly HashSet<string> WordsOfAClause = ["nao", "mais", "aqui", "nunca", "sempre", "tambem", "ainda", "ja", "quando", "onde", "porque", "que", "quem", "nem"];

    /// <summary>
    /// "Capitão Trovão", "Guerra Fria", "Direção de Fotografia", "Black Mirror": names whose every word is an ordinary
    /// Portuguese or English word are heroes, events, places, categories, bands or series, unless the first is a given
    /// name as well ("Glória Pires", "Holly Hunter") or the last a family name ("Dias Gomes").
    /// </summary>
    public static bool IsMadeOfOrdinaryWords(IReadOnlyList<Token> tokens, NameRun run)
    {
        if (run.WordCount < 2)
        {
            return false;
        }

        // Asked of every name run: loops over the run's capitalised words where they are, not a list of them.
        var (count, first, last) = (0, -1, -1);
        for (var i = run.First; i <= run.Last; i++)
        {
            if (tokens[i].IsCapitalizedWord)
            {
                (count, first, last) = (count + 1, first < 0 ? i : first, i);
            }
        }

        return count == run.WordCount
            && !GivenNames.Contains(tokens[first].Folded)
            && !FamilyNames.Contains(tokens[last].Folded)
            && AllOrdinaryOrEnglish(tokens, run);
    }

    /// <summary>"Oscar Isaac", "Oscar Niemeyer": the award's name is a given name before a word no dictionary holds.</summary>
    private static bool IsGivenNameOscar(ReadOnlySpan<Token> words, int i) =>
        i == 0 && (words.Length == 2 || (words.Length == 3 && NameRunFinder.IsRomanNumeral(words[2]))) && words[0].Folded == "oscar" && words[1].IsCapitalizedWord && !OrdinaryWords.Contains(words[1].Folded)
        && !Lexicon.NonPersonWords.Contains(words[1].Folded) && !TitleEdges.AwardWords.Contains(words[1].Folded);

    /// <summary>"Maria de Jesus", "Maria da Penha": after a given name and a particle, a word of faith or place is part of the name.</summary>
    private static bool IsAfterAGivenNamesParticle(ReadOnlySpan<Token> words, int i) =>
        i >= 2 && words[i - 1].IsLowercaseWord && Lexicon.NameParticles.Contains(words[i - 1].Folded) && GivenNames.Contains(words[0].Folded);

    private static bool IsCountryInAName(ReadOnlySpan<Token> words, int i) =>
        Lexicon.Countries.Contains(words[i].Folded) && (!Lexicon.IsCountryAsWritten(words[i]) || (i > 0 && i == words.Length - 1 && GivenNames.Contains(words[0].Folded)));

    /// <summary>
    /// "Central Park", "Sunset Road": an English word for a place ends a place's name. Not a name's first word, nor one
    /// after a given name or a title ("Ashley Park", "Detetive Park Doo-man"), where it is a family name.
    /// </summary>
    private static bool IsPlaceTail(ReadOnlySpan<Token> words, int i, bool givenName) =>
        i == words.Length - 1 && i > 0 && !givenName && !Lexicon.CharacterTitles.Contains(words[0].Folded) && Lexicon.PlaceTails.Contains(words[i].Folded);

    private static bool IsAwardByItsMetal(ReadOnlySpan<Token> words)
    {
        for (var i = 2; i < words.Length; i++)
        {
            if (words[i].Folded is "ouro" or "prata" or "bronze" or "cristal" && words[i - 1].Folded == "de")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAWordOfAClauseAfterTheFirst(ReadOnlySpan<Token> words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].IsCapitalizedWord && WordsOfAClause.Contains(words[i].Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAnEnglishPossessive(ReadOnlySpan<Token> words)
    {
        foreach (var word in words)
        {
            if (word.Kind == TokenKind.Word && (word.Text.EndsWith("'s", StringComparison.Ordinal) || word.Text.EndsWith("’s", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasACapitalisedOrdinaryWord(ReadOnlySpan<Token> words)
    {
        foreach (var word in words)
        {
            if (word.IsCapitalizedWord && OrdinaryWords.Contains(word.Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllOrdinaryOrEnglish(IReadOnlyList<Token> tokens, NameRun run)
    {
        for (var i = run.First; i <= run.Last; i++)
        {
            if (tokens[i].IsCapitalizedWord && !OrdinaryWords.Contains(tokens[i].Folded) && !EnglishWords.Contains(tokens[i].Folded))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Trilha sonora: Orquesta del Sur": no trade before an ensemble makes it someone. Not a lower-case word ("a banda").</summary>
    private static bool HasAnEnsembleWord(ReadOnlySpan<Token> words)
    {
        foreach (var word in words)
        {
            if (word.IsCapitalizedWord && Lexicon.EnsembleWords.Contains(word.Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasANonPersonWord(ReadOnlySpan<Token> words, bool givenName)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var t = words[i];
            if ((Lexicon.NonPersonWords.Contains(t.Folded) && !IsGivenNameOscar(words, i) && !IsCountryInAName(words, i) && !IsAfterAGivenNamesParticle(words, i))
                || ((!givenName || Lexicon.EnglishOrganisationHeads.Contains(t.Folded)) && Lexicon.EnglishOrganisationWords.Contains(t.Folded)) || IsPlaceTail(words, i, givenName))
            {
                return true;
            }
        }

        return false;
    }
}
