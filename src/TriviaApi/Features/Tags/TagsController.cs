using Microsoft.AspNetCore.Mvc;
using TriviaApi.Api;

namespace TriviaApi.Features.Tags;

/// <summary>The topics facts are filed under: music, casting, awards…</summary>
[ApiController]
[Route("api/v1/tags")]
public sealed class TagsController(TagQueries tags) : ControllerBase
{
    /// <summary>Lists the topics with their trivia counts.</summary>
    /// <remarks>Sort by <c>slug</c> (default), <c>name</c> (Portuguese) or <c>triviaCount</c>, <c>-</c> for descending.</remarks>
    /// <response code="200">A page of topics, with a <c>Link</c> header.</response>
    [HttpGet]
    public async Task<PagedList<TagSummary>> List([FromQuery] TagListQuery query, CancellationToken cancellationToken) =>
        await tags.ListAsync(query, cancellationToken);

    /// <summary>Gets a topic.</summary>
    /// <param name="slug">The topic's slug, e.g. <c>music</c>.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The topic.</response>
    /// <response code="404">No topic has this slug.</response>
    [HttpGet("{slug}")]
    public async Task<TagSummary> Get([ValidSlug] string slug, CancellationToken cancellationToken) =>
        await tags.GetAsync(slug, cancellationToken);
}
