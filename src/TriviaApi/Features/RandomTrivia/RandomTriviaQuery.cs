using FluentValidation;
using TriviaApi.Facts;

namespace TriviaApi.Features.RandomTrivia;

/// <summary>A random draw: how many facts, from which facts, and optionally within a no-repeat session.</summary>
public sealed class RandomTriviaQuery : TriviaFilter
{
    public const int MaxCount = 50;

    /// <summary>How many distinct facts to draw, 1 to 50.</summary>
    /// <example>3</example>
    public int Count { get; set; } = 1;

    /// <summary>A token from <c>POST /api/v1/trivia/sessions</c>: no fact comes twice in the session until the filtered facts run out.</summary>
    public string? Session { get; set; }
}

public sealed class RandomTriviaQueryValidator : AbstractValidator<RandomTriviaQuery>
{
    public RandomTriviaQueryValidator()
    {
        Include(new TriviaFilterValidator());
        RuleFor(q => q.Count).InclusiveBetween(1, RandomTriviaQuery.MaxCount).WithMessage($"count must be from 1 to {RandomTriviaQuery.MaxCount}.");
        RuleFor(q => q.Session).Must(s => s is null || SessionTokens.IsWellFormed(s))
            .WithMessage("session must be a token from POST /api/v1/trivia/sessions.");
    }
}
