namespace TriviaApi.Api;

/// <summary>A parsed <c>sort</c> value: a field name, descending when written with a leading <c>-</c>.</summary>
public readonly record struct SortOrder(string Field, bool Descending)
{
    public static SortOrder Parse(string? sort, string defaultField)
    {
        var value = string.IsNullOrWhiteSpace(sort) ? defaultField : sort.Trim();
        return value.StartsWith('-') ? new SortOrder(value[1..], true) : new SortOrder(value, false);
    }

    /// <summary>The values a client may send for these fields: "title, -title, year, -year".</summary>
    public static string Allowed(IEnumerable<string> fields) => string.Join(", ", Values(fields));

    /// <summary>Each field ascending and descending: title, -title, year, -year.</summary>
    public static IReadOnlyList<string> Values(IEnumerable<string> fields) => [.. fields.SelectMany(f => new[] { f, "-" + f })];
}
