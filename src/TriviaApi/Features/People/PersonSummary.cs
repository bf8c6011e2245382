namespace TriviaApi.Features.People;

/// <summary>A person in a list.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Slug">Stable slug, e.g. <c>ryan-gosling</c>.</param>
/// <param name="Name">Name as first written.</param>
/// <param name="Professions">Professions the facts and credits give them, in Portuguese.</param>
/// <param name="TriviaCount">Facts that name them.</param>
public sealed record PersonSummary(int Id, string Slug, string Name, IReadOnlyList<string> Professions, int TriviaCount);
