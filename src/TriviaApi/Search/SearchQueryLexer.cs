namespace TriviaApi.Search;

/// <summary>Splits a search box's text into raw terms: quoted phrases, words, each possibly negated with a leading "-".</summary>
internal static class SearchQueryLexer
{
    public static IEnumerable<(string Raw, bool Negated, bool Quoted)> Split(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                yield break;
            }

            var negated = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (negated)
            {
                i++;
            }

            var quote = text[i] is '"' or '“' or '”' ? text.IndexOfAny(['"', '“', '”'], i + 1) : -1;
            if (quote > i)
            {
                // A closed quote is a phrase; an unclosed one is read as the plain words after it.
                yield return (text[(i + 1)..quote], negated, true);
                i = quote + 1;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            yield return (text[i..end], negated, false);
            i = end;
        }
    }
}
