namespace TriviaApi.Features.Quiz;

/// <summary>How hard a question is; <see cref="QuestionDifficulty"/> says how it is decided.</summary>
public enum QuizDifficulty
{
    Easy,
    Medium,
    Hard,
}
