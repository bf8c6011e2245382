using System.Text;
using System.Text.RegularExpressions;

namespace TriviaApi.Search;

/// <summary>How text goes into the full-text index and how words are found in it: one word at a time, stemmed.</summary>
public static partial class SearchText
{
    /// <summary>The words of a text with where each stands, for highlighting the original.</summary>
    public static IEnumerable<(string Word, int Start, int Length)> Words(string text) =>
        WordPattern().Matches(text).Select(m => (m.Value, m.Index, m.Length));

    /// <summary>The indexed form of a text: its words stemmed, separated by spaces ("As Filmagens" → "as filmagem").</summary>
    public static string Normalize(string text)
    {
        var normalized = new StringBuilder(text.Length);
        foreach (var (word, _, _) in Words(text))
        {
            normalized.Append(normalized.Length > 0 ? " " : "").Append(PortugueseStemmer.Stem(word));
        }

        return normalized.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
