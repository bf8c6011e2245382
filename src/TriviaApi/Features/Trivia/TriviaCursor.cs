using System.Buffers.Text;
using System.Globalization;
using System.Text;
using TriviaApi.Api;

namespace TriviaApi.Features.Trivia;

/// <summary>
/// Where a keyset page of trivia starts: after the fact with <see cref="Id"/> (and, sorted by year, <see cref="Year"/>).
/// Opaque to clients: base64url of "sort|year|id".
/// </summary>
public readonly record struct TriviaCursor(SortOrder Sort, int Year, int Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{(Sort.Descending ? "-" : "")}{Sort.Field}|{Year}|{Id}")));

    public static bool TryParse(string value, SortOrder sort, out TriviaCursor cursor)
    {
        cursor = default;
        if (value.Length > 100)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(value);
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(bytes).Split('|');
        if (parts.Length != 3
            || SortOrder.Parse(parts[0], "id") != sort
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        cursor = new TriviaCursor(sort, year, id);
        return true;
    }
}
