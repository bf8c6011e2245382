using TriviaApi.Api.Resources;

namespace TriviaApi.Features.People;

/// <summary>A person with their films.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Slug">Stable slug.</param>
/// <param name="Name">Name as first written.</param>
/// <param name="Professions">Professions the facts and credits give them, in Portuguese.</param>
/// <param name="TriviaCount">Facts that name them.</param>
/// <param name="Films">Films they are credited on or named in the trivia of, newest first.</param>
/// <param name="Tags">Topics of the facts that name them, most frequent first.</param>
public sealed record PersonDetail(
    int Id,
    string Slug,
    string Name,
    IReadOnlyList<string> Professions,
    int TriviaCount,
    IReadOnlyList<FilmRef> Films,
    IReadOnlyList<TagCount> Tags);
