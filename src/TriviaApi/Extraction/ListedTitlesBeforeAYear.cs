using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// "os longas Barro Vermelho, Casa Fechada e Noite Alta (2004)": titles listed before one year, which is the last
/// one's. Told from a title that holds a comma and "e" ("Pão, Sal e Cinza", "Roma, Cidade Aberta") by the length of
/// the items: two words or more on each side of the comma, as a title's short words between commas seldom are.
/// </summary>
internal static class ListedTitlesBeforeAYear
{
    /// <summary>Whether the comma at <paramref name="comma"/> parts listed titles of two words or more, the last after "e".</summary>
    public static bool IsCommaOfAList(IReadOnlyList<Token> tokens, int comma) => LastJoinAfter(tokens, comma) is not null;

    /// <summary>Where the dated title opens when <paramref name="first"/> follows such a comma: after the list's "e".</summary>
    public static int AfterTheLastJoin(IReadOnlyList<Token> tokens, int first, int last) =>
        first >= 1 && LastJoinAfter(tokens, first - 1) is { } join && join < last ? join + 1 : first;

    /// <summary>The "e" that joins the last item of a list whose comma is at <paramref name="comma"/>, if it is one.</summary>
    private static int? LastJoinAfter(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma < 2 || comma + 1 >= tokens.Count || !tokens[comma].Is(",") || !tokens[comma + 1].IsCapitalizedWord
            || WordsOfAnItemBefore(tokens, comma) < 2)
        {
            return null;
        }

        var (at, words) = (comma + 1, 0);
        for (; at < tokens.Count && !IsJoin(tokens[at]) && IsWordOfAnItem(tokens[at]); at++)
        {
            words += tokens[at].IsNameToken ? 1 : 0;
        }

        if (words < 2 || at + 1 >= tokens.Count || !IsJoin(tokens[at]) || !tokens[at + 1].IsCapitalizedWord)
        {
            return null;
        }

        // The last item runs on to the year in parentheses.
        var end = at + 1;
        while (end < tokens.Count && IsWordOfAnItem(tokens[end]) && !IsJoin(tokens[end]))
        {
            end++;
        }

        return end < tokens.Count && tokens[end].Is("(") ? at : null;
    }

    private static int WordsOfAnItemBefore(IReadOnlyList<Token> tokens, int comma)
    {
        var words = 0;
        for (var at = comma - 1; at >= 0 && IsWordOfAnItem(tokens[at]) && !IsJoin(tokens[at]); at--)
        {
            words += tokens[at].IsNameToken ? 1 : 0;
            if (tokens[at].StartsSentence)
            {
                break;
            }
        }

        return words;
    }

    private static bool IsJoin(Token token) => token.IsLowercaseWord && token.Folded == "e";

    private static bool IsWordOfAnItem(Token token) =>
        token.IsNameToken || token.Kind == TokenKind.Number || (token.IsLowercaseWord && Lexicon.TitleConnectors.Contains(token.Folded));
}
