using System.Globalization;
using System.Text;
using TriviaApi.Text;

namespace TriviaApi.Features.Quiz;

/// <summary>
/// A text's words as <see cref="TextFolding.MatchKey"/> sees them, each with its span in the verbatim text, so a
/// name can be matched folded ("J. K." for "J.K.", "Magico" for "Mágico") and blanked exactly where it is written.
/// </summary>
internal sealed class FactWords
{
    private FactWords(string text, IReadOnlyList<FactWord> words)
    {
        Text = text;
        Words = words;
    }

    public string Text { get; }

    public IReadOnlyList<FactWord> Words { get; }

    public static FactWords Of(string text)
    {
        var words = new List<FactWord>();
        var folded = new StringBuilder();
        var start = -1;
        var end = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var unit = text.Substring(i, width);
            var foldedUnit = TextFolding.FoldAccents(unit);
            if (foldedUnit.Length > 0 && foldedUnit.All(char.IsLetterOrDigit))
            {
                start = start < 0 ? i : start;
                folded.Append(foldedUnit);
                end = i + width;
            }
            else if (start >= 0 && foldedUnit.Length == 0)
            {
                // A combining accent belongs to the letter before it.
                end = i + width;
            }
            else if (start < 0 || unit is not ("'" or "’"))
            {
                // Apostrophes join a word, as in MatchKey ("O'Brien"); anything else ends it.
                Flush();
            }

            i += width - 1;
        }

        Flush();
        return new FactWords(text, words);

        void Flush()
        {
            if (start >= 0)
            {
                words.Add(new FactWord(folded.ToString(), start, end));
            }

            folded.Clear();
            start = -1;
        }
    }

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
    public IEnumerable<FactWord> Outside(IReadOnlyCollection<TextSpan> spans) =>
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

/// <summary>A word of a fact: folded, with where it is written.</summary>
internal readonly record struct FactWord(string Folded, int Start, int End);

/// <summary>A stretch of a fact's verbatim text, end exclusive.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
