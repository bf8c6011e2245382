namespace TriviaApi.Features.Quiz;

/// <summary>One trivia fact with the people and films linked to it.</summary>
/// <param name="Id">The fact's id, echoed in the question so a client can link to it.</param>
/// <param name="Text">The fact, verbatim: questions keep every character except the blanked answer.</param>
/// <param name="People">The people the fact names.</param>
/// <param name="Films">The films the fact names, plus the film the fact is about (the text often names it too).</param>
public sealed record QuizFact(int Id, string Text, IReadOnlyList<QuizCandidate> People, IReadOnlyList<QuizCandidate> Films);
