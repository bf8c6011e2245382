using System.Globalization;
using System.Text;

namespace TriviaApi.Text;

/// <summary>
/// The one way TriviaApi compares Portuguese text: case- and accent-insensitive.
/// "Mágico", "MAGICO" and "magico" all fold to "magico".
/// </summary>
public static class TextFolding
{
    // What each Latin-1 character folds to, made by the Unicode way below; NoSingleCharacter where that is not one character.
    private const char NoSingleCharacter = '\uFFFF';
    private static readonly char[] Latin1 = Enumerable.Range(0, 256)
        .Select(c => FoldUnicode(((char)c).ToString()) is { Length: 1 } folded ? folded[0] : NoSingleCharacter)
        .ToArray();

    /// <summary>Lower-cases and strips diacritics, keeping every other character as it is.</summary>
    public static string FoldAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Portuguese is written in Latin-1, whose characters fold one at a time (none combines with its neighbour), so
        // such text folds from the table: an import folds every word of every fact, and normalising each word cost
        // more than the rest of extraction's work on it.
        if (text.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF') >= 0)
        {
            return FoldUnicode(text);
        }

        // Most words are folded already ("de", "filme"): they are read once and returned, not copied and compared.
        var unchanged = 0;
        while (unchanged < text.Length && Latin1[text[unchanged]] == text[unchanged])
        {
            unchanged++;
        }

        if (unchanged == text.Length)
        {
            return text;
        }

        Span<char> folded = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan(0, unchanged).CopyTo(folded);
        for (var i = unchanged; i < text.Length; i++)
        {
            folded[i] = Latin1[text[i]];
            if (folded[i] == NoSingleCharacter)
            {
                return FoldUnicode(text);
            }
        }

        return new string(folded);
    }

    /// <summary>What <see cref="FoldAccents"/> makes of a Latin-1 character, when that is one character.</summary>
    internal static bool TryFoldLatin1(char c, out char folded)
    {
        folded = c <= '\u00FF' ? Latin1[c] : NoSingleCharacter;
        return folded != NoSingleCharacter;
    }

    /// <summary>
    /// Folds and reduces text to its words (<see cref="FoldedWords"/>) separated by single spaces, so that spelling
    /// variants of one name (hyphen or en dash, "J.K." or "J. K.", different capitalisation) share one key.
    /// </summary>
    public static string MatchKey(string text) => FoldedWords.Joined(text);

    /// <summary>Folding by Unicode's decomposition: what <see cref="FoldAccents"/> does for any text.</summary>
    internal static string FoldUnicode(string text)
    {
        // Unicode normalisation refuses a lone surrogate and U+FFFE: such a character stays as it is, the text around it
        // folds, so a file or a query holding one is read, not failed.
        if (Unnormalizable(text) is var at and >= 0)
        {
            return FoldUnicode(text[..at]) + text[at] + FoldUnicode(text[(at + 1)..]);
        }

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

    private static int Unnormalizable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\uFFFE' || char.IsLowSurrogate(text[i]) || (char.IsHighSurrogate(text[i]) && !char.IsSurrogatePair(text, i)))
            {
                return i;
            }

            i += char.IsSurrogatePair(text, i) ? 1 : 0;
        }

        return -1;
    }
}
