namespace TriviaApi.Api.Resources;

/// <summary>A film and how many of the facts in question are about it.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Slug">Slug.</param>
/// <param name="Title">Title.</param>
/// <param name="Year">Release year.</param>
/// <param name="Count">Number of facts.</param>
public sealed record FilmCount(int Id, string Slug, string Title, int Year, int Count);
