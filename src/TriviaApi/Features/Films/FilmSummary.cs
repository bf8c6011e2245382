namespace TriviaApi.Features.Films;

/// <summary>A film in a list.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Slug">Stable slug, e.g. <c>la-la-land</c>.</param>
/// <param name="Title">Title in Portuguese, verbatim.</param>
/// <param name="OriginalTitle">Original title, where known.</param>
/// <param name="Year">Release year.</param>
/// <param name="TriviaCount">Facts about this film.</param>
/// <param name="MentionCount">Facts about other films that mention this one.</param>
public sealed record FilmSummary(int Id, string Slug, string Title, string? OriginalTitle, int Year, int TriviaCount, int MentionCount);
