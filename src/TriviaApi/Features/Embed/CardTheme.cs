using FluentValidation;
using TriviaApi.Api;

namespace TriviaApi.Features.Embed;

/// <summary>How an embedded card looks.</summary>
public sealed class CardTheme
{
    public static readonly string[] Themes = ["auto", "light", "dark"];

    /// <summary><c>light</c>, <c>dark</c>, or <c>auto</c> (the default: follows the reader's system setting).</summary>
    /// <example>dark</example>
    public string? Theme { get; set; }
}

public sealed class CardThemeValidator : AbstractValidator<CardTheme>
{
    public CardThemeValidator() =>
        RuleFor(q => q.Theme).OneOf("theme", CardTheme.Themes);
}
