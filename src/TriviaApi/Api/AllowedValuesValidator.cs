using FluentValidation;
using FluentValidation.Validators;

namespace TriviaApi.Api;

/// <summary>
/// A value that must be one of a fixed set, as written (text, or a parsed value such as a <see cref="SortOrder"/>). A rule
/// of its own (not a <c>Must</c>), so the OpenAPI document reads the same set as an <c>enum</c> and the values are
/// written once.
/// </summary>
public sealed class AllowedValuesValidator<T, TValue>(IReadOnlyList<string> values, char? separator = null) : PropertyValidator<T, TValue?>
    where TValue : class
{
    public IReadOnlyList<string> Values { get; } = values;

    public override string Name => "AllowedValuesValidator";

    /// <summary>With a separator, a value may hold several of the set, separated by it (<c>tag,person</c>).</summary>
    public override bool IsValid(ValidationContext<T> context, TValue? value) =>
        value is null || (separator is { } between
            ? value.ToString()!.Split(between, StringSplitOptions.TrimEntries).All(v => Values.Contains(v, StringComparer.Ordinal))
            : Values.Contains(value.ToString(), StringComparer.Ordinal));
}

/// <summary>A text value that must be a calendar date written <c>yyyy-MM-dd</c>; the document declares it <c>format: date</c>.</summary>
public sealed class CalendarDateValidator<T> : PropertyValidator<T, string?>
{
    public const string Format = "yyyy-MM-dd";

    public override string Name => "CalendarDateValidator";

    public override bool IsValid(ValidationContext<T> context, string? value) =>
        value is null || DateOnly.TryParseExact(value, Format, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
