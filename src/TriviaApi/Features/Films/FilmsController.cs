using Microsoft.AspNetCore.Mvc;
using TriviaApi.Api;

namespace TriviaApi.Features.Films;

/// <summary>Films: the subjects of trivia files and the films their facts mention.</summary>
/// <remarks>Also a person's films, listed under the person's path (and heading in Swagger) but served here, with the film list.</remarks>
[ApiController]
[Route("api/v1/films")]
public sealed class FilmsController(FilmQueries films) : ControllerBase
{
    /// <summary>Lists films, filtered, sorted and paged.</summary>
    /// <remarks>Sort by <c>title</c> (default; accents and case ignored), <c>year</c> or <c>triviaCount</c>, <c>-</c> for descending; ties go by id. Example: <c>/api/v1/films?q=chuva</c>.</remarks>
    /// <response code="200">A page of films, with a <c>Link</c> header.</response>
    [HttpGet]
    public async Task<PagedList<FilmSummary>> List([FromQuery] FilmListQuery query, CancellationToken cancellationToken) =>
        await films.ListAsync(query, cancellationToken);

    /// <summary>Gets a film with its topics, credits and most-named people.</summary>
    /// <param name="idOrSlug">The film's id or slug, e.g. <c>la-la-land</c>.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The film.</response>
    /// <response code="404">No film has this id or slug.</response>
    [HttpGet("{idOrSlug}")]
    public async Task<FilmDetail> Get(IdOrSlug idOrSlug, CancellationToken cancellationToken) =>
        await films.GetAsync(idOrSlug, cancellationToken);

    /// <summary>Lists a person's films: those crediting them and those whose facts name them.</summary>
    /// <param name="idOrSlug">The person's id or slug.</param>
    /// <param name="query">Filters, sorting and paging, as for <c>/api/v1/films</c>.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">A page of films.</response>
    /// <response code="404">No person has this id or slug.</response>
    [HttpGet("/api/v1/people/{idOrSlug}/films")]
    [Tags("People")]
    [FilledByRoute("person")]
    public async Task<PagedList<FilmSummary>> OfPerson(IdOrSlug idOrSlug, [FromQuery] FilmListQuery query, CancellationToken cancellationToken) =>
        await films.ListAsync(query, cancellationToken);
}
