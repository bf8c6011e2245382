using System.Text;
using TriviaApi.Text;

namespace TriviaApi.Tests.Text;

/// <summary>
/// How <see cref="FoldedWords"/> split words before it read <see cref="TextTokens"/>, character by character, kept
/// unchanged as the reference that proves no stored name key or slug changed with it (<see cref="FoldedWordsTests"/>).
/// </summary>
internal static class FoldedWordsBeforeTextTokens
{
    public static IReadOnlyList<FoldedWord> Of(string text)
    {
        var words = new List<FoldedWord>();
        var folded = new StringBuilder();
        var start = -1;
        var end = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var unit = char.IsAscii(text[i]) ? null : TextFolding.FoldAccents(text.Substring(i, width));
            if (unit is null ? char.IsAsciiLetterOrDigit(text[i]) : unit.Length > 0 && unit.All(char.IsLetterOrDigit))
            {
                start = start < 0 ? i : start;
                if (unit is null)
                {
                    folded.Append(char.ToLowerInvariant(text[i]));
                }
                else
                {
                    folded.Append(unit);
                }

                end = i + width;
            }
            else if (start >= 0 && unit is { Length: 0 })
            {
                end = i + width;
            }
            else if (start < 0 || text[i] is not ('\'' or '’'))
            {
                Flush();
            }

            i += width - 1;
        }

        Flush();
        return words;

        void Flush()
        {
            if (start >= 0)
            {
                words.Add(new FoldedWord(folded.ToString(), start, end));
            }

            folded.Clear();
            start = -1;
        }
    }

    /// <summary>The name key as <see cref="TextFolding.MatchKey"/> made it from these words.</summary>
    public static string MatchKey(string text) => string.Join(' ', Of(text).Select(w => w.Folded));
}
