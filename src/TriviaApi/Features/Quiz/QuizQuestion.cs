namespace TriviaApi.Features.Quiz;

/// <summary>One multiple-choice question made from a fact.</summary>
/// <param name="Kind">What the blank stands for: "person", "film" or "year".</param>
/// <param name="Question">The fact with the answer replaced by "____".</param>
/// <param name="Options">Four options, shuffled; films read "Title (Year)".</param>
/// <param name="CorrectIndex">The index of the one correct option.</param>
/// <param name="Explanation">The full fact.</param>
/// <param name="FactId">The fact the question was made from.</param>
/// <param name="Difficulty">"easy", "medium" or "hard", as <see cref="QuestionDifficulty"/> decides.</param>
public sealed record QuizQuestion(
    string Kind,
    string Question,
    IReadOnlyList<string> Options,
    int CorrectIndex,
    string Explanation,
    int FactId,
    string Difficulty);
