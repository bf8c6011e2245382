using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using TriviaApi.Api;
using TriviaApi.Text;

namespace TriviaApi.Features.Trivia;

/// <summary>
/// Where a keyset page of trivia starts: after the fact with <see cref="Id"/> (and, sorted by year, <see cref="Year"/>),
/// in the <see cref="Sort"/> it was given out for. Opaque to clients: base64url of "sort|year|id".
/// </summary>
public sealed record TriviaCursor(SortOrder Sort, int Year, int Id) : IQueryValue<TriviaCursor>
{
    public const string Problem = "cursor must be a nextCursor this list gave out, with the same sort (cursors page by id or year, not relevance).";

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Sort}|{Year}|{Id}")));

    public static bool TryParse(string text, [NotNullWhen(true)] out TriviaCursor? value, out string problem)
    {
        (value, problem) = (null, Problem);
        if (text.Length > 100)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(bytes).Split('|');
        if (parts.Length != 3
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        value = new TriviaCursor(SortOrder.Of(parts[0]), year, id);
        return true;
    }

    static TriviaCursor IParsable<TriviaCursor>.Parse(string s, IFormatProvider? provider) =>
        TryParse(s, out var cursor, out var problem) ? cursor : throw new FormatException(problem);

    static bool IParsable<TriviaCursor>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out TriviaCursor result) =>
        TryParse(s ?? "", out result, out _);
}
