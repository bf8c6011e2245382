using System.Text.Json.Serialization;
using TriviaApi.Api;

namespace TriviaApi.Features.Quiz;

/// <summary>A quiz made from the facts.</summary>
/// <param name="Questions">The questions, none repeated; fewer than asked only when the facts cannot honestly make more.</param>
/// <param name="Message">Why there are fewer questions than asked.</param>
public sealed record QuizResponse(
    IReadOnlyList<QuizQuestionResponse> Questions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message);

/// <summary>A multiple-choice question: a fact with one person, film or year blanked out.</summary>
/// <param name="Id">The question's token, for <c>POST /api/v1/quiz/answers</c>; valid for a day.</param>
/// <param name="Kind"><c>person</c>, <c>film</c> or <c>year</c>: what the blank stands for, and what every option is.</param>
/// <param name="Question">The fact with the answer replaced by <c>____</c>, in Portuguese.</param>
/// <param name="Options">Four options, shuffled; films read "Title (Year)".</param>
/// <param name="Difficulty"><c>easy</c>, <c>medium</c> or <c>hard</c>.</param>
/// <param name="Answer">The index of the correct option; left out with <c>hideAnswers=true</c>.</param>
/// <param name="Explanation">The full fact; left out with <c>hideAnswers=true</c>.</param>
/// <param name="FactUrl">The fact the question comes from; left out with <c>hideAnswers=true</c>.</param>
public sealed record QuizQuestionResponse(
    string Id,
    [property: OneOfValues(typeof(QuestionBuilder), nameof(QuestionBuilder.Kinds))] string Kind,
    string Question,
    IReadOnlyList<string> Options,
    [property: OneOfValues(typeof(QuizQuery), nameof(QuizQuery.Difficulties))] string Difficulty,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Answer,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Explanation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FactUrl);
