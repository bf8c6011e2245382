using FluentValidation;

namespace TriviaApi.Features.Search;

/// <summary>What has been typed in a search box so far.</summary>
public sealed class SuggestRequest
{
    public const int MaxLength = 100;

    /// <summary>The text so far; its last word is completed, accents optional: <c>gosl</c> suggests Ryan Gosling.</summary>
    /// <example>gosl</example>
    public string? Q { get; set; }
}

public sealed class SuggestRequestValidator : AbstractValidator<SuggestRequest>
{
    public SuggestRequestValidator() =>
        RuleFor(r => r.Q).Cascade(CascadeMode.Stop).NotNull().WithMessage(Problem).Must(q => TriviaApi.Search.Analysis.PortugueseAnalyzer.Folding.Terms(q!).Count > 0 && q!.Length <= SuggestRequest.MaxLength).WithMessage(Problem);

    private static string Problem => $"q must hold a word or number to complete, in at most {SuggestRequest.MaxLength} characters.";
}
