using System.Globalization;
using System.Text;

namespace TriviaApi.Text;

/// <summary>
/// The one way TriviaApi compares Portuguese text: case- and accent-insensitive.
/// "Mágico", "MAGICO" and "magico" all fold to "magico".
/// </summary>
public static class TextFolding
{
    /// <summary>Lower-cases and strips diacritics, keeping every other character as it is.</summary>
    public static string FoldAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Folds and reduces text to its words (<see cref="FoldedWords"/>) separated by single spaces, so that spelling
    /// variants of one name (hyphen or en dash, "J.K." or "J. K.", different capitalisation) share one key.
    /// </summary>
    public static string MatchKey(string text) => string.Join(' ', FoldedWords.Of(text).Select(w => w.Folded));
}
