using System.Text.RegularExpressions;
using TriviaApi.Search.Analysis;

namespace TriviaApi.Search;

/// <summary>How text goes into the full-text index and how words are found in it: one word at a time, stemmed.</summary>
public static partial class SearchText
{
    /// <summary>The words of a text with where each stands, for highlighting the original.</summary>
    public static IEnumerable<(string Word, int Start, int Length)> Words(string text) =>
        WordPattern().Matches(text).Select(m => (m.Value, m.Index, m.Length));

    /// <summary>The indexed form of a text: its words as <see cref="PortugueseAnalyzer"/> gives them, separated by spaces ("As Filmagens" → "as filmagem").</summary>
    public static string Normalize(string text) =>
        string.Join(' ', PortugueseAnalyzer.Instance.Terms(text));

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
