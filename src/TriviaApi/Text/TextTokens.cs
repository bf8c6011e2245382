using System.Globalization;

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

    /// <summary>Any other character but white space, one at a time; an ellipsis written as three full stops is one.</summary>
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
            if (!IsLetterOrMark(text[start]))
            {
                return null;
            }

            var end = start + 1;
            while (end < text.Length)
            {
                if (IsLetterOrMark(text[end]))
                {
                    end++;
                }
                else if (text[end] is '\'' or '’' or '-' or '‐' or '·' && end + 1 < text.Length && IsLetterOrMark(text[end + 1]))
                {
                    end += 2;
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
            new(TokenKind.Punctuation, start, text.AsSpan(start).StartsWith("...") ? start + 3 : start + 1);

        private static bool IsLetterOrMark(char c) =>
            char.IsAsciiLetter(c) || (!char.IsAscii(c) && (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark));
    }
}
