namespace TriviaApi.Text;

/// <summary>
/// The one way TriviaApi splits text into words, outside search (whose analyzer is Lucene's): a word is a run of
/// letters and digits, folded by <see cref="TextFolding.FoldAccents"/>, with its span in the verbatim text. An
/// apostrophe inside a word joins ("O'Brien", "Singin'"); a combining accent belongs to the letter before it; anything
/// else ends a word. Name keys (<see cref="TextFolding.MatchKey"/>) and the quiz's blanks read words this way.
/// </summary>
public static class FoldedWords
{
    public static IReadOnlyList<FoldedWord> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<FoldedWord>();
        var folded = new System.Text.StringBuilder();
        var start = -1;
        var end = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;

            // Plain ASCII needs no Unicode folding: most text is, and every name key goes through here.
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
}

/// <summary>A word of a text: folded, with where it is written (end exclusive).</summary>
public readonly record struct FoldedWord(string Folded, int Start, int End);
