using System.ComponentModel.DataAnnotations;
using TriviaApi.Text;

namespace TriviaApi.Api;

/// <summary>A route value that must be a slug (lower-case letters, digits, single hyphens).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ValidSlugAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is string text && Slug.IsWellFormed(text);

    public override string FormatErrorMessage(string name) => $"{name} must be a slug: lower-case letters, digits and single hyphens, such as music.";
}
