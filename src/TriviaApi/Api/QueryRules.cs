using FluentValidation;
using TriviaApi.Domain;
using TriviaApi.Search;

namespace TriviaApi.Api;

/// <summary>Rules for the values query parameters share, each with a message that says what is allowed.</summary>
public static class QueryRules
{
    public const int MaxSearchLength = SearchQuery.MaxLength;

    public static IRuleBuilderOptions<T, int?> YearValue<T>(this IRuleBuilder<T, int?> rule, string parameter) =>
        rule.InclusiveBetween(FilmYears.First, FilmYears.Last)
            .WithMessage($"{parameter} must be a year from {FilmYears.First} to {FilmYears.Last}.");

    public static IRuleBuilderOptions<T, string?> SearchText<T>(this IRuleBuilder<T, string?> rule, string parameter) =>
        rule.Must(q => q is null || (q.Trim().Length > 0 && q.Length <= MaxSearchLength))
            .WithMessage($"{parameter} must be 1 to {MaxSearchLength} characters.");

    /// <summary>A topic's slug, one of the taxonomy's; the OpenAPI document lists them as the parameter's <c>enum</c>.</summary>
    public static IRuleBuilderOptions<T, string?> TagSlug<T>(this IRuleBuilder<T, string?> rule, string parameter) =>
        rule.OneOf(parameter, TagTaxonomy.Slugs);

    /// <summary>
    /// One or more of a fixed set, each value of a repeated parameter or comma-separated in one; the OpenAPI document
    /// lists the set as the values' <c>enum</c>.
    /// </summary>
    public static IRuleBuilderOptions<T, ValueList?> SomeOf<T>(this IRuleBuilder<T, ValueList?> rule, string parameter, IReadOnlyList<string> values) =>
        rule.SetValidator(new AllowedValuesValidator<T, ValueList>(values)).WithMessage($"{parameter} must be one or more of: {string.Join(", ", values)}.");

    /// <summary>One of a fixed set of values, which the OpenAPI document lists as the parameter's <c>enum</c>.</summary>
    public static IRuleBuilderOptions<T, TValue?> OneOf<T, TValue>(this IRuleBuilder<T, TValue?> rule, string parameter, IReadOnlyList<string> values)
        where TValue : class =>
        rule.SetValidator(new AllowedValuesValidator<T, TValue>(values)).WithMessage($"{parameter} must be one of: {string.Join(", ", values)}.");

    /// <summary>yearFrom must not come after yearTo.</summary>
    public static void YearRange<T>(this AbstractValidator<T> validator, Func<T, int?> from, Func<T, int?> to) =>
        validator.RuleFor(q => q).Must(q => from(q) is not { } f || to(q) is not { } t || f <= t)
            .WithName("yearFrom").OverridePropertyName("yearFrom").WithMessage("yearFrom must not be after yearTo.");
}
