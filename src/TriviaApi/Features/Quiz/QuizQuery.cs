using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using TriviaApi.Api;
using TriviaApi.Facts;

namespace TriviaApi.Features.Quiz;

/// <summary>A quiz: how many questions, how hard, from which facts, and whether the answers stay on the server.</summary>
public sealed class QuizQuery : TriviaFilter
{
    public const int MaxCount = 20;
    public static readonly string[] Difficulties = ["easy", "medium", "hard"];

    /// <summary>How many questions, 1 to 20.</summary>
    /// <example>5</example>
    public int Count { get; set; } = 5;

    /// <summary><c>easy</c>, <c>medium</c> or <c>hard</c>; any when absent. How it is decided is in the README.</summary>
    /// <example>medium</example>
    public string? Difficulty { get; set; }

    /// <summary>Leave out each question's answer and explanation; check answers with <c>POST /api/v1/quiz/answers</c>.</summary>
    public bool HideAnswers { get; set; }

    [BindNever]
    [ValidateNever]
    public QuizDifficulty? DifficultyLevel => Difficulty switch
    {
        "easy" => QuizDifficulty.Easy,
        "medium" => QuizDifficulty.Medium,
        "hard" => QuizDifficulty.Hard,
        _ => null,
    };
}

public sealed class QuizQueryValidator : AbstractValidator<QuizQuery>
{
    public QuizQueryValidator()
    {
        Include(new TriviaFilterValidator());
        RuleFor(q => q.Count).InclusiveBetween(1, QuizQuery.MaxCount).WithMessage($"count must be from 1 to {QuizQuery.MaxCount}.");
        RuleFor(q => q.Difficulty).OneOf("difficulty", QuizQuery.Difficulties);
    }
}
