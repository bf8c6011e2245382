using System.Globalization;

namespace TriviaApi.Api;

/// <summary>A resource named in a URL or filter by its numeric id or by its slug: <c>42</c> or <c>ryan-gosling</c>.</summary>
public readonly record struct IdOrSlug(int? Id, string? Slug)
{
    public const string Rule = "an id (a positive number) or a slug (lower-case letters, digits and single hyphens, such as ryan-gosling)";

    public static bool TryParse(string? value, out IdOrSlug result)
    {
        result = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (value.All(char.IsAsciiDigit))
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                result = new IdOrSlug(id, null);
                return true;
            }

            return false;
        }

        result = new IdOrSlug(null, value);
        return TriviaApi.Text.Slug.IsWellFormed(value);
    }

    public static bool IsValid(string? value) => TryParse(value, out _);

    public static IdOrSlug From(string value) =>
        TryParse(value, out var parsed) ? parsed : throw new ArgumentException($"'{value}' is not {Rule}.", nameof(value));

    public override string ToString() => Id?.ToString(CultureInfo.InvariantCulture) ?? Slug ?? "";
}
