using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace TriviaApi.Search.Analysis;

/// <summary>
/// Splits text into runs of letters, combining marks and digits: "co-estrelado" is two words, "US$" one, "1.000" two.
/// Everything else separates words, so punctuation a user types never reaches the index. Words come out in lower case.
/// </summary>
internal sealed class WordTokenizer(TextReader input) : CharTokenizer(PortugueseAnalyzer.Version, input)
{
    // The lower case of the characters below this, read once: text is mostly Latin.
    private const int Tabled = 0x800;

    private static readonly char[] LowerCase = [.. Enumerable.Range(0, Tabled).Select(c => char.ToLowerInvariant((char)c))];

    protected override bool IsTokenChar(int c) => c < 0x80 ? char.IsAsciiLetterOrDigit((char)c) : CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };

    /// <summary>
    /// Lowers each character of a word as it is read, as <see cref="string.ToLowerInvariant()"/> lowers the whole word:
    /// Lucene's LowerCaseFilter does that after the tokenizer, copying every word into two new strings.
    /// </summary>
    protected override int Normalize(int c) => c < Tabled ? LowerCase[c] : Rune.IsValid(c) ? Rune.ToLowerInvariant(new Rune(c)).Value : c;
}
