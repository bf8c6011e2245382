using System.ComponentModel.DataAnnotations;

namespace TriviaApi.Api;

/// <summary>A route value that must be an id or a slug; anything else is a 400 naming the parameter, before any query runs.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ValidIdOrSlugAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is string text && IdOrSlug.IsValid(text);

    public override string FormatErrorMessage(string name) => $"{name} must be {IdOrSlug.Rule}.";
}
