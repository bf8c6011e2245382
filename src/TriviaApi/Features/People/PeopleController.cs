using Microsoft.AspNetCore.Mvc;
using TriviaApi.Api;

namespace TriviaApi.Features.People;

/// <summary>People named in trivia or credited on films: actors, directors, composers, costume designers.</summary>
/// <remarks>Also a film's people, listed under the film's path (and heading in Swagger) but served here, with the people list.</remarks>
[ApiController]
[Route("api/v1/people")]
public sealed class PeopleController(PeopleQueries people) : ControllerBase
{
    /// <summary>Lists people, filtered, sorted and paged.</summary>
    /// <remarks>Sort by <c>name</c> (default; accents and case ignored) or <c>triviaCount</c>, <c>-</c> for descending; ties go by id. Example: <c>/api/v1/people?profession=compositor</c>.</remarks>
    /// <response code="200">A page of people, with a <c>Link</c> header.</response>
    [HttpGet]
    public async Task<PagedList<PersonSummary>> List([FromQuery] PeopleListQuery query, CancellationToken cancellationToken) =>
        await people.ListAsync(query, cancellationToken);

    /// <summary>Gets a person with their films and the topics of the facts naming them.</summary>
    /// <param name="idOrSlug">The person's id or slug, e.g. <c>ryan-gosling</c>.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The person.</response>
    /// <response code="404">No person has this id or slug.</response>
    [HttpGet("{idOrSlug}")]
    public async Task<PersonDetail> Get(IdOrSlug idOrSlug, CancellationToken cancellationToken) =>
        await people.GetAsync(idOrSlug, cancellationToken);

    /// <summary>Lists the people credited on a film or named in its facts.</summary>
    /// <param name="idOrSlug">The film's id or slug.</param>
    /// <param name="query">Filters, sorting and paging, as for <c>/api/v1/people</c>.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">A page of people.</response>
    /// <response code="404">No film has this id or slug.</response>
    [HttpGet("/api/v1/films/{idOrSlug}/people")]
    [Tags("Films")]
    [FilledByRoute("film")]
    public async Task<PagedList<PersonSummary>> OfFilm(IdOrSlug idOrSlug, [FromQuery] PeopleListQuery query, CancellationToken cancellationToken) =>
        await people.ListAsync(query, cancellationToken);
}
