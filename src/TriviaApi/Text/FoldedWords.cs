using System.Text;

namespace TriviaApi.Text;

/// <summary>
/// The words of a text as name keys (<see cref="TextFolding.MatchKey"/>), slugs and the quiz's blanks read them, taken
/// from <see cref="TextTokens"/>: a word is a run of letters and digits of its word, initials and number tokens, folded
/// by <see cref="TextFolding.FoldAccents"/>, with its span in the verbatim text. A hyphen, a middle dot or a full stop
/// inside a token ends a word ("Homem-Aranha" and "J.K." are two words each), so spelling variants share one key;
/// tokens that touch go on ("R2"); an apostrophe joins ("O'Brien", "80's"); a combining accent belongs to the letter
/// before it. Punctuation and white space end a word.
/// </summary>
public static class FoldedWords
{
    public static IReadOnlyList<FoldedWord> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<FoldedWord>();
        new Builder(text, words).ReadAll();
        return words;
    }

    /// <summary>
    /// The folded words separated by single spaces (<see cref="TextFolding.MatchKey"/>), written into one string
    /// without a list of words: extraction keys every name it meets.
    /// </summary>
    internal static string Joined(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // One builder for each thread, cleared and used again: keys are made by the thousand, each had its own builder.
        var joined = JoinedOnThisThread ??= new StringBuilder();
        joined.Clear();
        var builder = new Builder(text, words: null, joined);
        builder.ReadAll();
        return builder.Joined;
    }

    [ThreadStatic]
    private static StringBuilder? JoinedOnThisThread;

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>Reads the words of a text into <c>words</c>, or, without a list, into one string of them joined by spaces.</summary>
    private struct Builder(string text, List<FoldedWord>? words, StringBuilder? joined = null)
    {
        private readonly StringBuilder _folded = joined ?? new(16);
        private int _start = -1;
        private int _end;

        // Joined, each word is followed by one space: the last one is not part of the result.
        public readonly string Joined => _folded.Length == 0 ? "" : _folded.ToString(0, _folded.Length - 1);

        public void ReadAll()
        {
            var reached = 0;
            foreach (var token in TextTokens.Of(text))
            {
                if (token.Start > reached)
                {
                    End();
                }

                reached = token.End;
                if (token.Kind is not TokenKind.Punctuation)
                {
                    Read(token);
                }
                else if (!IsApostrophe(text[token.Start]))
                {
                    End();
                }
            }

            End();
        }

        private void Read(TextToken token)
        {
            for (var i = token.Start; i < token.End; i++)
            {
                // Portuguese is written in Latin-1, whose characters fold one at a time, from a table.
                if (TextFolding.TryFoldLatin1(text[i], out var one))
                {
                    if (char.IsLetterOrDigit(one))
                    {
                        Append(i, 1);
                        _folded.Append(one);
                    }
                    else if (!IsApostrophe(text[i]))
                    {
                        End();
                    }

                    continue;
                }

                var width = char.IsSurrogatePair(text, i) ? 2 : 1;
                var folded = TextFolding.FoldAccents(text.Substring(i, width));
                if (folded.Length > 0 && folded.All(char.IsLetterOrDigit))
                {
                    Append(i, width);
                    _folded.Append(folded);
                }
                else if (folded.Length == 0)
                {
                    _end = _start < 0 ? _end : i + width;
                }
                else if (!IsApostrophe(text[i]))
                {
                    End();
                }

                i += width - 1;
            }
        }

        private void End()
        {
            if (_start >= 0 && words is null)
            {
                _folded.Append(' ');
            }
            else if (_start >= 0)
            {
                words!.Add(new FoldedWord(_folded.ToString(), _start, _end));
                _folded.Clear();
            }

            _start = -1;
        }

        private void Append(int at, int width)
        {
            _start = _start < 0 ? at : _start;
            _end = at + width;
        }
    }
}

/// <summary>A word of a text: folded, with where it is written (end exclusive).</summary>
public readonly record struct FoldedWord(string Folded, int Start, int End);
