using System.Diagnostics.CodeAnalysis;
using TriviaApi.Text;

namespace TriviaApi.Api;

/// <summary>
/// A <c>sort</c> value, parsed as it is bound: a field name, descending when written with a leading <c>-</c>. Which
/// fields a list sorts by is its validator's to say.
/// </summary>
public sealed record SortOrder(string Field, bool Descending) : IQueryValue<SortOrder>
{
    /// <summary>The field ascending, as a list's default order.</summary>
    public static SortOrder By(string field) => new(field, false);

    /// <summary>Reads "year" or "-year".</summary>
    public static SortOrder Of(string text)
    {
        var sort = text.Trim();
        return sort.StartsWith('-') ? new SortOrder(sort[1..], true) : By(sort);
    }

    /// <summary>Never fails: which fields are allowed is each list's rule.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out SortOrder? value, out string problem)
    {
        (value, problem) = (Of(text), "");
        return true;
    }

    static SortOrder IParsable<SortOrder>.Parse(string s, IFormatProvider? provider) => Of(s);

    static bool IParsable<SortOrder>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out SortOrder result)
    {
        result = Of(s ?? "");
        return true;
    }

    /// <summary>As a client writes it: "year", "-year".</summary>
    public override string ToString() => (Descending ? "-" : "") + Field;

    /// <summary>The values a client may send for these fields: "title, -title, year, -year".</summary>
    public static string Allowed(IEnumerable<string> fields) => string.Join(", ", Values(fields));

    /// <summary>Each field ascending and descending: title, -title, year, -year.</summary>
    public static IReadOnlyList<string> Values(IEnumerable<string> fields) => [.. fields.SelectMany(f => new[] { f, "-" + f })];
}
