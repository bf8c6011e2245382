namespace TriviaApi.Extraction;

/// <summary>
/// A foreign title keeps its words in lower case ("La soledad (2007)", "Der Wald vor lauter Bäumen (2003)"): told
/// from a Portuguese clause by words no dictionary holds, nor as a verb form. Apart because it reads the words as a
/// language, where the rest of the finder reads their capitals and punctuation.
/// </summary>
internal static partial class FilmTitleFinder
{
    /// <summary>
    /// Where a title's run of foreign words in lower case ending at <paramref name="end"/> opens: the capitalised word
    /// before them, when it is a foreign article ("La soledad", "Le Carrosse d'or") or when every word is foreign or a
    /// foreign particle and one at least is no Portuguese word ("Tellement proches", "Memorias del desarrollo").
    /// </summary>
    private static int? ForeignWordsOfATitle(IReadOnlyList<Token> tokens, int end)
    {
        var start = end;
        while (start >= 1 && start > end - 4 && tokens[start - 1].IsLowercaseWord)
        {
            start--;
        }

        if (start < 1 || !tokens[start].IsLowercaseWord || !tokens[start - 1].IsCapitalizedWord)
        {
            return null;
        }

        if (ForeignArticles.Contains(tokens[start - 1].Folded.ToLowerInvariant()) && !tokens[start - 1].StartsSentence)
        {
            return start - 1;
        }

        // Otherwise the capitalised word must open the title after a word in lower case, or follow a foreign article
        // that does ("com Le Chapeau bleu"): not "Nolan dirigiu Insônia (2002)", whose verb the dictionary may not hold.
        var opening = start >= 3 && tokens[start - 2].IsCapitalizedWord && ForeignArticles.Contains(tokens[start - 2].Folded.ToLowerInvariant()) ? start - 2 : start - 1;
        if (tokens[opening].StartsSentence || opening < 1 || !tokens[opening - 1].IsLowercaseWord)
        {
            return null;
        }

        // "La Belle et la Bête": after a foreign article, foreign particles alone are enough.
        var foreign = opening == start - 2;
        for (var k = start; k <= end; k++)
        {
            var word = tokens[k];
            var notPortuguese = !Lexicon.IsFunctionWord(word) && word.Folded.Length > 2 && !OrdinaryWords.Contains(word.Folded) && !IsAVerbForm(word.Folded);
            if (!notPortuguese && !ForeignParticles.Contains(word.Folded))
            {
                return null;
            }

            foreign |= notPortuguese;
        }

        return foreign ? start - 1 : null;
    }

    private static readonly HashSet<string> ForeignArticles = ["la", "le", "les", "el", "los", "las", "il", "lo", "gli", "der", "die", "das", "den"];
    private static readonly HashSet<string> ForeignParticles = ["de", "del", "di", "du", "des", "la", "le", "el", "et", "y", "und", "von", "vor"];

    /// <summary>"dirigiu", "estrelou", "escolheram", "usara": a finite form of a verb the dictionary holds by its infinitive.</summary>
    internal static bool IsAVerbForm(string folded)
    {
        if (IrregularVerbForms.Contains(folded))
        {
            return true;
        }

        foreach (var (ending, infinitive) in FiniteEndings)
        {
            if (folded.Length >= ending.Length + 2 && folded.EndsWith(ending, StringComparison.Ordinal) && OrdinaryWords.Contains(string.Concat(folded.AsSpan(0, folded.Length - ending.Length), infinitive)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> IrregularVerbForms = Lexicon.Folded(
        "está", "estão", "estava", "estavam", "esteve", "estiveram", "fez", "fizeram", "faz", "fazem", "tem", "têm", "teve", "tiveram",
        "veio", "vieram", "vinha", "vinham", "deu", "deram", "viu", "viram", "pôs", "puseram", "disse", "disseram", "quis",
        "quiseram", "houve", "são", "foi", "foram", "era", "eram", "vai", "vão", "ia", "iam", "traz", "trouxe", "trouxeram");

    private static readonly (string Ending, string Infinitive)[] FiniteEndings =
        [("ou", "ar"), ("iu", "ir"), ("eu", "er"), ("aram", "ar"), ("eram", "er"), ("iram", "ir"), ("avam", "ar"), ("ava", "ar"), ("iam", "er"), ("iam", "ir"), ("ia", "er"), ("ia", "ir"), ("am", "ar"), ("em", "er"),
            // "usara", "vendera", "partira"; "usaria"; "usasse".
            ("ara", "ar"), ("era", "er"), ("ira", "ir"), ("aria", "ar"), ("eria", "er"), ("iria", "ir"), ("asse", "ar"), ("esse", "er"), ("isse", "ir")];
}
