using System.Text;
using TriviaApi.Search.Analysis;
using TriviaApi.Text;

namespace TriviaApi.Search;

/// <summary>
/// Cuts the part of a fact around its first matched word and marks the matches: <c>…teve aulas de &lt;mark&gt;piano&lt;/mark&gt;…</c>.
/// Everything but the marks is HTML-escaped, so a fact holding markup is shown as text.
/// </summary>
public static class SnippetBuilder
{
    public const int WindowWords = 30;

    /// <summary>How many words of the window come before the first match, when the text has them.</summary>
    private const int WordsBefore = WindowWords / 3;

    public static string Build(string text, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = query.Highlighted.ToArray();
        var words = new List<(int Start, int Length, bool Matched)>(WindowWords + WordsBefore + 2);
        var first = -1;
        // The analyzer's own words and offsets: what is marked is what the index matched. Past the first match, the
        // window's words and one more (which says the window ends before the text does) are all that is read.
        foreach (var (term, at, length) in PortugueseAnalyzer.Folding.Words(text))
        {
            var matched = AnyMatches(terms, term);
            first = first < 0 && matched ? words.Count : first;
            words.Add((at, length, matched));
            if (first >= 0 && words.Count > Math.Max(0, first - WordsBefore) + WindowWords)
            {
                break;
            }
        }

        if (words.Count == 0)
        {
            return Html.Encode(text);
        }

        // A text whose match is near its end shows its last words; one without a match, its first.
        var start = Math.Max(0, Math.Min(Math.Max(0, first) - WordsBefore, words.Count - WindowWords));
        var end = Math.Min(words.Count, start + WindowWords);
        var from = start == 0 ? 0 : words[start].Start;
        var to = end == words.Count ? text.Length : words[end - 1].Start + words[end - 1].Length;
        var snippet = new StringBuilder(to - from + 32);
        using var escaped = new StringWriter(snippet);
        escaped.Write(start == 0 ? "" : "…");
        var cursor = from;
        for (var i = start; i < end; i++)
        {
            var (at, length, matched) = words[i];
            Html.Encoder.Encode(escaped, text, cursor, at - cursor);
            escaped.Write(matched ? "<mark>" : "");
            Html.Encoder.Encode(escaped, text, at, length);
            escaped.Write(matched ? "</mark>" : "");
            cursor = at + length;
        }

        Html.Encoder.Encode(escaped, text, cursor, to - cursor);
        escaped.Write(end == words.Count ? "" : "…");
        return snippet.ToString();
    }

    // A loop, not Any with a lambda: it runs for every word read, and the lambda captured the word anew each time.
    private static bool AnyMatches(SearchTerm[] terms, string folded)
    {
        foreach (var term in terms)
        {
            if (term.Matches(folded))
            {
                return true;
            }
        }

        return false;
    }
}
