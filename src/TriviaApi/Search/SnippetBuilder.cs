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

    public static string Build(string text, SearchQuery query)
    {
        // The analyzer's own words and offsets: what is marked is what the index matched.
        var words = PortugueseAnalyzer.Folding.Words(text);
        var matched = words.Select(w => query.Highlighted.Any(t => t.Matches(w.Term))).ToList();
        var first = Math.Max(0, matched.IndexOf(true));
        var start = Math.Max(0, Math.Min(first - (WindowWords / 3), words.Count - WindowWords));
        var end = Math.Min(words.Count, start + WindowWords);
        if (words.Count == 0)
        {
            return Escape(text);
        }

        var from = start == 0 ? 0 : words[start].Start;
        var to = end == words.Count ? text.Length : words[end - 1].Start + words[end - 1].Length;
        var snippet = new StringBuilder(start == 0 ? "" : "…");
        var cursor = from;
        for (var i = start; i < end; i++)
        {
            var (_, at, length) = words[i];
            var word = text.Substring(at, length);
            snippet.Append(Escape(text[cursor..at]));
            snippet.Append(matched[i] ? $"<mark>{Escape(word)}</mark>" : Escape(word));
            cursor = at + length;
        }

        snippet.Append(Escape(text[cursor..to]));
        return snippet.Append(end == words.Count ? "" : "…").ToString();
    }

    /// <summary>Escapes what HTML needs escaped, with the one encoder, so accented letters stay readable ("gravação").</summary>
    private static string Escape(string text) => Html.Encode(text);
}
