using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using TriviaApi.Api;
using TriviaApi.Features.Films;
using TriviaApi.Features.Trivia;

namespace TriviaApi.Features.People;

/// <summary>People named in trivia or credited on films: actors, directors, composers, costume designers.</summary>
[ApiController]
[Route("api/v1/people")]
public sealed class PeopleController(PeopleQueries people, TriviaQueries trivia, FilmQueries films, ReferenceResolver references) : ControllerBase
{
    /// <summary>Lists people, filtered, sorted and paged.</summary>
    /// <remarks>Sort by <c>name</c> (default; accents and case ignored) or <c>triviaCount</c>, <c>-</c> for descending; ties go by id. Example: <c>/api/v1/people?profession=compositor</c>.</remarks>
    /// <response code="200">A page of people, with a <c>Link</c> header.</response>
    /// <response code="400">A query parameter is invalid; <c>errors</c> says which and what is allowed.</response>
    [HttpGet]
    [ProducesResponseType<PagedList<PersonSummary>>(StatusCodes.Status200OK, "application/json")]
    public async Task<PagedList<PersonSummary>> List([FromQuery] PeopleListQuery query, CancellationToken cancellationToken) =>
        await people.ListAsync(query, cancellationToken);

    /// <summary>Gets a person with their films and the topics of the facts naming them.</summary>
    /// <param name="idOrSlug">The person's id or slug, e.g. <c>ryan-gosling</c>.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The person.</response>
    /// <response code="400">The id or slug is malformed.</response>
    /// <response code="404">No person has this id or slug.</response>
    [HttpGet("{idOrSlug}")]
    [ProducesResponseType<PersonDetail>(StatusCodes.Status200OK, "application/json")]
    public async Task<PersonDetail> Get([ValidIdOrSlug] string idOrSlug, CancellationToken cancellationToken) =>
        await people.GetAsync(idOrSlug, cancellationToken);

    /// <summary>Lists the facts that name a person, with the filters and paging of <c>/api/v1/trivia</c>.</summary>
    /// <param name="idOrSlug">The person's id or slug.</param>
    /// <param name="query">Filters, sorting and paging.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">A page of facts.</response>
    /// <response code="400">A parameter is invalid.</response>
    /// <response code="404">No person has this id or slug.</response>
    [HttpGet("{idOrSlug}/trivia")]
    [FilledByRoute("person")]
    [ProducesResponseType<PagedList<TriviaFactResponse>>(StatusCodes.Status200OK, "application/json")]
    public async Task<PagedList<TriviaFactResponse>> Trivia([ValidIdOrSlug] string idOrSlug, [FromQuery] TriviaListQuery query, CancellationToken cancellationToken)
    {
        query.Person = (await references.PersonIdAsync(idOrSlug, cancellationToken: cancellationToken)).ToString(CultureInfo.InvariantCulture);
        return await trivia.ListAsync(query, cancellationToken);
    }

    /// <summary>Lists a person's films: those crediting them and those whose facts name them.</summary>
    /// <param name="idOrSlug">The person's id or slug.</param>
    /// <param name="query">Filters, sorting and paging, as for <c>/api/v1/films</c>.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">A page of films.</response>
    /// <response code="400">A parameter is invalid.</response>
    /// <response code="404">No person has this id or slug.</response>
    [HttpGet("{idOrSlug}/films")]
    [FilledByRoute("person")]
    [ProducesResponseType<PagedList<FilmSummary>>(StatusCodes.Status200OK, "application/json")]
    public async Task<PagedList<FilmSummary>> Films([ValidIdOrSlug] string idOrSlug, [FromQuery] FilmListQuery query, CancellationToken cancellationToken)
    {
        query.Person = (await references.PersonIdAsync(idOrSlug, cancellationToken: cancellationToken)).ToString(CultureInfo.InvariantCulture);
        return await films.ListAsync(query, cancellationToken);
    }
}
