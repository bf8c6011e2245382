namespace TriviaApi.Api.Resources;

/// <summary>A film as other resources point to it.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Slug">Stable slug, e.g. <c>la-la-land</c> or <c>cantando-na-chuva-1952</c>.</param>
/// <param name="Title">Title in Portuguese, verbatim.</param>
/// <param name="Year">Release year.</param>
public sealed record FilmRef(int Id, string Slug, string Title, int Year);
