using FluentValidation;
using FluentValidation.Validators;

namespace TriviaApi.Api;

/// <summary>
/// A value that must be one of a fixed set, as written (text, or a parsed value such as a <see cref="SortOrder"/>), or a
/// <see cref="ValueList"/> each of whose values must be. A rule of its own (not a <c>Must</c>), so the OpenAPI document
/// reads the same set as an <c>enum</c> and the values are written once.
/// </summary>
public sealed class AllowedValuesValidator<T, TValue>(IReadOnlyList<string> values) : PropertyValidator<T, TValue?>
    where TValue : class
{
    public IReadOnlyList<string> Values { get; } = values;

    public override string Name => "AllowedValuesValidator";

    public override bool IsValid(ValidationContext<T> context, TValue? value) =>
        value is null || (value is ValueList list ? list.Values : [value.ToString()!]).All(v => Values.Contains(v, StringComparer.Ordinal));
}
