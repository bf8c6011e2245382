using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TriviaApi.Text;

namespace TriviaApi.Api;

/// <summary>
/// A resource named in a URL or filter by its numeric id or by its slug: <c>42</c> or <c>ryan-gosling</c>. Parsed as it
/// is bound, in a path or a filter; anything else is a 400 naming the parameter, before any query runs.
/// </summary>
public sealed class IdOrSlug : IQueryValue<IdOrSlug>
{
    public const string Rule = "an id (a positive number) or a slug (lower-case letters, digits and single hyphens, such as ryan-gosling)";

    private readonly string _written;

    private IdOrSlug(int? id, string? slug, string written) => (Id, Slug, _written) = (id, slug, written);

    public int? Id { get; }

    public string? Slug { get; }

    /// <summary>The resource with this id, as a path that was resolved names it for the filter it fills.</summary>
    public static IdOrSlug Of(int id) => new(id, null, id.ToString(CultureInfo.InvariantCulture));

    public static bool TryParse(string text, [NotNullWhen(true)] out IdOrSlug? value, out string problem) =>
        TryParse(text, "idOrSlug", out value, out problem);

    public static bool TryParse(string text, string parameter, [NotNullWhen(true)] out IdOrSlug? value, out string problem)
    {
        value = !text.All(char.IsAsciiDigit) ? (TriviaApi.Text.Slug.IsWellFormed(text) ? new IdOrSlug(null, text, text) : null)
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? new IdOrSlug(id, null, text)
            : null;
        problem = value is null ? $"{parameter} must be {Rule}." : "";
        return value is not null;
    }

    public static IdOrSlug Parse(string text) =>
        TryParse(text, out var value, out var problem) ? value : throw new FormatException(problem);

    static IdOrSlug IParsable<IdOrSlug>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<IdOrSlug>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out IdOrSlug result) =>
        TryParse(s ?? "", out result, out _);

    /// <summary>As it was written, for the messages that name it.</summary>
    public override string ToString() => _written;
}
