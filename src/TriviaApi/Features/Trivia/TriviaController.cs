using Microsoft.AspNetCore.Mvc;
using TriviaApi.Api;

namespace TriviaApi.Features.Trivia;

/// <summary>Trivia facts, each with the film it is about and everything it mentions.</summary>
[ApiController]
[Route("api/v1/trivia")]
public sealed class TriviaController(TriviaQueries trivia) : ControllerBase
{
    /// <summary>Lists trivia facts, filtered, sorted and paged.</summary>
    /// <remarks>
    /// Sort by <c>id</c> (default) or <c>year</c> (the subject film's), <c>-</c> for descending; ties go by id.
    /// Example: <c>/api/v1/trivia?person=ryan-gosling&amp;tag=music</c>.
    /// </remarks>
    /// <response code="200">A page of facts, with a <c>Link</c> header and a <c>nextCursor</c>.</response>
    /// <response code="400">A query parameter is invalid; <c>errors</c> says which and what is allowed.</response>
    [HttpGet]
    [ProducesResponseType<PagedList<TriviaFactResponse>>(StatusCodes.Status200OK, "application/json")]
    public async Task<PagedList<TriviaFactResponse>> List([FromQuery] TriviaListQuery query, CancellationToken cancellationToken) =>
        await trivia.ListAsync(query, cancellationToken);

    /// <summary>Gets one trivia fact.</summary>
    /// <param name="id">The fact's id.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The fact.</response>
    /// <response code="404">No fact has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<TriviaFactResponse>(StatusCodes.Status200OK, "application/json")]
    public async Task<TriviaFactResponse> Get(int id, CancellationToken cancellationToken) =>
        await trivia.GetAsync(id, cancellationToken);
}
