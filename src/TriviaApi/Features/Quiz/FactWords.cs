using System.Globalization;
using TriviaApi.Text;

namespace TriviaApi.Features.Quiz;

/// <summary>
/// A fact's words as <see cref="FoldedWords"/> splits them, each with its span in the verbatim text, so a
/// name can be matched folded ("J. K." for "J.K.", "Magico" for "Mágico") and blanked exactly where it is written.
/// </summary>
internal sealed class FactWords
{
    private FactWords(string text, IReadOnlyList<FoldedWord> words)
    {
        Text = text;
        Words = words;
    }

    public string Text { get; }

    public IReadOnlyList<FoldedWord> Words { get; }

    public static FactWords Of(string text) => new(text, FoldedWords.Of(text));

    /// <summary>The significant words of a name, folded: the ones that, left in a sentence, point at the name.</summary>
    public static IEnumerable<string> SignificantWords(string name) =>
        TextFolding.MatchKey(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(QuizVocabulary.IsSignificant);

    public bool Contains(string foldedWord) => Words.Any(w => w.Folded == foldedWord);

    /// <summary>
    /// Every place the name is written as whole words, capitalised, and not glued by a hyphen to a longer word
    /// ("Homem" is not written in "Homem-Aranha"). Lower-case hits are ordinary words ("ela", "carol"), not the name.
    /// </summary>
    public IEnumerable<TextSpan> Find(string name)
    {
        var key = TextFolding.MatchKey(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (key.Length == 0)
        {
            yield break;
        }

        for (var first = 0; first + key.Length <= Words.Count; first++)
        {
            if (!key.Select((word, k) => Words[first + k].Folded == word).All(matches => matches))
            {
                continue;
            }

            var span = new TextSpan(Words[first].Start, Words[first + key.Length - 1].End);
            if (IsCapitalised(span.Start) && !IsHyphenated(span))
            {
                yield return span;
            }
        }
    }

    /// <summary>The words that lie outside every span: what a reader still sees once the spans are blanked.</summary>
    public IEnumerable<FoldedWord> Outside(IReadOnlyCollection<TextSpan> spans) =>
        Words.Where(w => !spans.Any(s => s.Start <= w.Start && w.End <= s.End));

    private bool IsCapitalised(int start)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(Text, start);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.DecimalDigitNumber;
    }

    private bool IsHyphenated(TextSpan span) =>
        (span.Start >= 2 && Text[span.Start - 1] is '-' or '‐' && char.IsLetterOrDigit(Text[span.Start - 2]))
        || (span.End + 1 < Text.Length && Text[span.End] is '-' or '‐' && char.IsLetterOrDigit(Text[span.End + 1]));
}

/// <summary>A stretch of a fact's verbatim text, end exclusive.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
