using System.Globalization;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace TriviaApi.Search.Analysis;

/// <summary>
/// Splits text into runs of letters, combining marks and digits: "co-estrelado" is two words, "US$" one, "1.000" two.
/// Everything else separates words, so punctuation a user types never reaches the index.
/// </summary>
internal sealed class WordTokenizer(TextReader input) : CharTokenizer(PortugueseAnalyzer.Version, input)
{
    protected override bool IsTokenChar(int c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}
