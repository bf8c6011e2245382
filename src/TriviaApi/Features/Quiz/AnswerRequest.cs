using FluentValidation;

namespace TriviaApi.Features.Quiz;

/// <summary>An answer to check.</summary>
public sealed class AnswerRequest
{
    /// <summary>The question's <c>id</c>, as the quiz gave it.</summary>
    public string? Question { get; set; }

    /// <summary>The index of the chosen option, 0 to 3.</summary>
    /// <example>2</example>
    public int? Answer { get; set; }
}

public sealed class AnswerRequestValidator : AbstractValidator<AnswerRequest>
{
    public AnswerRequestValidator(QuestionTokens tokens)
    {
        RuleFor(r => r.Question).NotEmpty().WithMessage("question must be the id of a question from GET /api/v1/quiz.")
            .DependentRules(() => RuleFor(r => r.Question).Must(t => tokens.TryRead(t!, out _))
                .WithMessage("question is not a question id this API gave out, or it is more than a day old."));
        RuleFor(r => r.Answer).NotNull().InclusiveBetween(0, 3).WithMessage("answer must be the index of an option, 0 to 3.");
    }
}

/// <summary>Whether the answer was right, with the right one and the fact that explains it.</summary>
/// <param name="Correct">Whether the chosen option is the right one.</param>
/// <param name="Answer">The index of the right option.</param>
/// <param name="CorrectOption">The right option's text.</param>
/// <param name="Explanation">The full fact.</param>
/// <param name="FactUrl">The fact the question comes from.</param>
public sealed record AnswerResult(bool Correct, int Answer, string CorrectOption, string Explanation, string FactUrl);
