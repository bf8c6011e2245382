namespace TriviaApi.Features.Quiz;

/// <summary>What a question's blank stands for; distractors are always of the same kind.</summary>
public enum BlankKind
{
    Person,
    Film,
    Year,
}
