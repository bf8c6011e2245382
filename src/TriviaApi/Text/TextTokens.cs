using System.Globalization;
using System.Text;

namespace TriviaApi.Text;

/// <summary>What a <see cref="TextToken"/> is.</summary>
public enum TokenKind
{
    /// <summary>Letters, with their accents; an apostrophe, hyphen or middle dot between letters joins ("O'Brien", "Homem-Aranha", "WALL·E").</summary>
    Word,

    /// <summary>Capitals each followed by a full stop, before a space, a capital, <c>: , ; )</c> or the end ("J.K. Simmons").</summary>
    Initials,

    /// <summary>Digits, with points or commas between digits ("1.500", "2,5"), and an ordinal sign ("2ª").</summary>
    Number,

    /// <summary>Any other character but white space, one at a time (an emoji too, though it takes two UTF-16 units); an ellipsis written as three full stops is one.</summary>
    Punctuation,
}

/// <summary>A token of a text: what it is and where it is written (end exclusive).</summary>
public readonly record struct TextToken(TokenKind Kind, int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// The one tokenizer outside search (whose analyzer is Lucene's): splits a text into words, initials, numbers and
/// punctuation marks, skipping white space, without allocating. Extraction reads facts through it.
/// </summary>
public static class TextTokens
{
    public static Enumerator Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Enumerator(text);
    }

    /// <summary>Walks the text once; <c>foreach</c> over it yields each token in order.</summary>
    public struct Enumerator(string text)
    {
        private int _next;

        public TextToken Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var start = _next;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start == text.Length)
            {
                return false;
            }

            Current = InitialsAt(start) ?? WordAt(start) ?? NumberAt(start) ?? PunctuationAt(start);
            _next = Current.End;
            return true;
        }

        private readonly TextToken? InitialsAt(int start)
        {
            var end = start;
            while (end + 1 < text.Length && char.IsUpper(text[end]) && text[end + 1] == '.')
            {
                end += 2;
            }

            // The last full stop must be followed by what may follow initials; failing that, the initials end one capital
            // earlier, before a capital, which may.
            if (end > start && !MayFollowInitials(end))
            {
                end -= 2;
            }

            return end > start ? new TextToken(TokenKind.Initials, start, end) : null;
        }

        private readonly bool MayFollowInitials(int at) =>
            at == text.Length || char.IsWhiteSpace(text[at]) || char.IsUpper(text[at]) || text[at] is ':' or ',' or ';' or ')';

        private readonly TextToken? WordAt(int start)
        {
            var width = LetterOrMarkWidth(start);
            if (width == 0)
            {
                return null;
            }

            var end = start + width;
            while (end < text.Length)
            {
                if ((width = LetterOrMarkWidth(end)) > 0)
                {
                    end += width;
                }
                else if (text[end] is '\'' or '’' or '-' or '‐' or '·' && end + 1 < text.Length && (width = LetterOrMarkWidth(end + 1)) > 0)
                {
                    end += 1 + width;
                }
                else
                {
                    break;
                }
            }

            return new TextToken(TokenKind.Word, start, end);
        }

        private readonly TextToken? NumberAt(int start)
        {
            if (!char.IsDigit(text[start]))
            {
                return null;
            }

            var end = start + 1;
            while (end < text.Length)
            {
                if (char.IsDigit(text[end]))
                {
                    end++;
                }
                else if (text[end] is '.' or ',' && end + 1 < text.Length && char.IsDigit(text[end + 1]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            if (end < text.Length && text[end] is 'ª' or 'º')
            {
                end++;
            }

            return new TextToken(TokenKind.Number, start, end);
        }

        private readonly TextToken PunctuationAt(int start) =>
            new(TokenKind.Punctuation, start, start + (text.AsSpan(start).StartsWith("...") ? 3 : char.IsSurrogatePair(text, start) ? 2 : 1));

        // How many UTF-16 units the letter or combining mark at the index takes (a character beyond the BMP, such as
        // "𠮷", takes two), or 0 when there is none.
        private readonly int LetterOrMarkWidth(int at)
        {
            var c = text[at];
            if (char.IsAscii(c))
            {
                return char.IsAsciiLetter(c) ? 1 : 0;
            }

            if (!char.IsSurrogate(c))
            {
                return IsLetterOrMark(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
            }

            return Rune.TryGetRuneAt(text, at, out var rune) && IsLetterOrMark(Rune.GetUnicodeCategory(rune)) ? 2 : 0;
        }

        // Unicode's categories list the letters first, then the combining marks.
        private static bool IsLetterOrMark(UnicodeCategory category) => category <= UnicodeCategory.EnclosingMark;
    }
}
