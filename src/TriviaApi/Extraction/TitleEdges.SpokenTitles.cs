namespace TriviaApi.Extraction;

/// <summary>
/// Titles that speak across their own commas: they ask ("O Que É Isso, Companheiro?"), exclaim ("Olá, Olá,
/// Carnaval!") or say their opening again ("Corra, Lola, Corra"). Apart because their punctuation, not the words
/// around them, says the comma is inside the title.
/// </summary>
internal static partial class TitleEdges
{
    private static readonly HashSet<string> QuestionWords = ["que", "quem", "onde", "quando", "qual", "quais", "como", "cade", "quanto", "quantos", "por"];

    /// <summary>
    /// Whether the comma parts runs of names, two or three, that end right before a parenthesis and whose first and last
    /// say the same words.
    /// </summary>
    private static bool RepeatsItsOpeningAcrossCommas(IReadOnlyList<Token> tokens, int comma)
    {
        var first = comma;
        for (var runs = 0; runs < 2 && first >= 1 && tokens[first].Is(",") && tokens[first - 1].IsNameToken; runs++)
        {
            first = RunStart(tokens, first - 1) - 1;
        }

        var opening = first + 1;
        var last = comma;
        for (var runs = 0; runs < 2 && last + 1 < tokens.Count && tokens[last].Is(",") && tokens[last + 1].IsNameToken; runs++)
        {
            last = RunEnd(tokens, last + 1) + 1;
        }

        var closing = last - 1;
        if (last >= tokens.Count || !tokens[last].Is("(") || opening >= comma || (first >= 0 && !tokens[first].IsLowercaseWord))
        {
            return false;
        }

        var openingEnd = RunEnd(tokens, opening);
        var closingStart = RunStart(tokens, closing);
        if (openingEnd - opening != closing - closingStart || openingEnd >= closingStart)
        {
            return false;
        }

        for (var k = 0; k <= openingEnd - opening; k++)
        {
            if (!string.Equals(tokens[opening + k].Folded, tokens[closingStart + k].Folded, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static int RunStart(IReadOnlyList<Token> tokens, int at)
    {
        while (at >= 1 && tokens[at - 1].IsNameToken && !tokens[at].StartsSentence)
        {
            at--;
        }

        return at;
    }

    private static int RunEnd(IReadOnlyList<Token> tokens, int at)
    {
        while (at + 1 < tokens.Count && tokens[at + 1].IsNameToken)
        {
            at++;
        }

        return at;
    }

    private static bool OpensAQuestionToItsTitleEnd(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || !tokens[at].IsCapitalizedWord || !QuestionWords.Contains(tokens[at].Folded))
        {
            return false;
        }

        while (at < tokens.Count && tokens[at].IsNameToken)
        {
            at++;
        }

        return at + 1 < tokens.Count && tokens[at].Is("?") && tokens[at + 1].Is("(");
    }

    /// <summary>
    /// "O Que É Isso, Companheiro? (1997)": a title that asks, from its question word to its question mark; "Alô,
    /// Dolly! (1969)": one that exclaims, of a word or two before its comma.
    /// </summary>
    private static bool IsQuestionWithAComma(IReadOnlyList<Token> tokens, int comma)
    {
        if (ExclaimsAcrossCommas(tokens, comma))
        {
            return true;
        }

        var after = comma + 1;
        while (after < tokens.Count && tokens[after].IsNameToken)
        {
            after++;
        }

        if (after == comma + 1 || after + 1 >= tokens.Count || !tokens[after + 1].Is("("))
        {
            return false;
        }

        if (tokens[after].Is("!"))
        {
            var words = comma - 1;
            while (words >= 0 && tokens[words].IsNameToken && !tokens[words].StartsSentence)
            {
                words--;
            }

            return comma - 1 - words is 1 or 2 && words >= 0 && tokens[words].IsLowercaseWord;
        }

        if (!tokens[after].Is("?"))
        {
            return false;
        }

        for (var i = comma - 1; i >= Math.Max(0, comma - 5) && tokens[i].IsNameToken; i--)
        {
            if (QuestionWords.Contains(tokens[i].Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "em Olá, Olá, Carnaval! (1937)": short runs of a word or two parted by commas, after a word in lower case and
    /// up to an exclamation right before the year, are one title that calls out.
    /// </summary>
    private static bool ExclaimsAcrossCommas(IReadOnlyList<Token> tokens, int comma)
    {
        var (right, runs) = (comma, 0);
        while (right < tokens.Count && tokens[right].Is(",") && ShortRunAfter(tokens, right + 1) is var end and > 0)
        {
            (right, runs) = (end + 1, runs + 1);
        }

        if (right + 1 >= tokens.Count || !tokens[right].Is("!") || !tokens[right + 1].Is("(") || tokens[right - 1].Is(","))
        {
            return false;
        }

        var left = comma;
        while (left >= 0 && tokens[left].Is(",") && ShortRunBefore(tokens, left - 1) is var start and >= 0)
        {
            (left, runs) = (start - 1, runs + 1);
        }

        return left >= 0 && left < comma - 1 && tokens[left].IsLowercaseWord && runs is >= 2 and <= 4;
    }

    /// <summary>The last token of one or two name tokens opening at <paramref name="at"/>, or 0.</summary>
    private static int ShortRunAfter(IReadOnlyList<Token> tokens, int at)
    {
        var end = at;
        while (end < tokens.Count && end - at < 3 && tokens[end].IsNameToken && !tokens[end].StartsSentence)
        {
            end++;
        }

        return end > at && end - at <= 2 && end < tokens.Count && !tokens[end].IsNameToken ? end - 1 : 0;
    }

    /// <summary>The first token of one or two name tokens ending at <paramref name="at"/>, or -1.</summary>
    private static int ShortRunBefore(IReadOnlyList<Token> tokens, int at)
    {
        var start = at;
        while (start >= 0 && at - start < 3 && tokens[start].IsNameToken && !tokens[start].StartsSentence)
        {
            start--;
        }

        return start < at && at - start <= 2 && start >= 0 && !tokens[start].IsNameToken ? start + 1 : -1;
    }
}
