using System.Text.RegularExpressions;

namespace TriviaApi.Extraction;

/// <summary>Splits a fact into tokens, marking those whose capital letter comes from starting a sentence.</summary>
internal static partial class Tokenizer
{
    private static readonly HashSet<string> SentenceEnds = [".", "!", "?", "…"];
    private static readonly HashSet<string> OpeningQuotes = ["\"", "“", "«"];

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var startsSentence = true;
        var insideStraightQuote = false;
        foreach (Match match in TokenPattern().Matches(text))
        {
            var kind = match.Groups["initials"].Success ? TokenKind.Initials
                : match.Groups["word"].Success ? TokenKind.Word
                : match.Groups["number"].Success ? TokenKind.Number
                : TokenKind.Punctuation;
            tokens.Add(new Token(match.Value, kind, match.Index, startsSentence));

            var opensQuote = OpeningQuotes.Contains(match.Value) && (match.Value != "\"" || !insideStraightQuote);
            if (match.Value == "\"")
            {
                insideStraightQuote = !insideStraightQuote;
            }

            // A quotation opens a new sentence; so does a full stop, but not the one that ends an initial.
            startsSentence = kind == TokenKind.Punctuation
                ? SentenceEnds.Contains(match.Value) || opensQuote || (startsSentence && match.Value is "(" or "—" or "-")
                : false;
        }

        return tokens;
    }

    [GeneratedRegex(
        @"(?<initials>\p{Lu}\.(?:\p{Lu}\.)*(?=\s|\p{Lu}|$))|(?<word>[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*)|(?<number>\d+(?:[.,]\d+)*[ªº]?)|(?<punctuation>\.{3}|\S)",
        RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
