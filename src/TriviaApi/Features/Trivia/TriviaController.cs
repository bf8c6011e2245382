using Microsoft.AspNetCore.Mvc;
using TriviaApi.Api;
using TriviaApi.Facts;

namespace TriviaApi.Features.Trivia;

/// <summary>Trivia facts, each with the film it is about and everything it mentions.</summary>
/// <remarks>
/// Also the facts of one film, person or topic, listed under that resource's path (and its heading in Swagger) but
/// served here, with the trivia list.
/// </remarks>
[ApiController]
[Route("api/v1/trivia")]
public sealed class TriviaController(TriviaQueries trivia, FactResponses facts, ReferenceResolver references) : ControllerBase
{
    /// <summary>Lists trivia facts, filtered, sorted and paged.</summary>
    /// <remarks>
    /// Sort by <c>id</c> (default) or <c>year</c> (the subject film's), <c>-</c> for descending; ties go by id.
    /// Example: <c>/api/v1/trivia?person=ryan-gosling&amp;tag=music</c>.
    /// </remarks>
    /// <response code="200">A page of facts, with a <c>Link</c> header and a <c>nextCursor</c>.</response>
    [HttpGet]
    public PagedList<TriviaFactResponse> List([FromQuery] TriviaListQuery query, [FromQuery] PageRequest paging) => trivia.List(query, paging);

    /// <summary>Gets one trivia fact.</summary>
    /// <param name="id">The fact's id.</param>
    /// <response code="200">The fact.</response>
    /// <response code="404">No fact has this id.</response>
    [HttpGet("{id:int}")]
    public TriviaFactResponse Get(int id) => facts.Get(id);

    /// <summary>Lists the facts about a film, with the filters and paging of <c>/api/v1/trivia</c>.</summary>
    /// <param name="idOrSlug">The film's id or slug.</param>
    /// <param name="query">Filters and sorting.</param>
    /// <param name="paging">The page.</param>
    /// <response code="200">A page of facts.</response>
    /// <response code="404">No film has this id or slug.</response>
    [HttpGet("/api/v1/films/{idOrSlug}/trivia")]
    [Tags("Films")]
    [FilledByRoute("film")]
    public PagedList<TriviaFactResponse> OfFilm(IdOrSlug idOrSlug, [FromQuery] TriviaListQuery query, [FromQuery] PageRequest paging) =>
        trivia.List(query, paging);

    /// <summary>Lists the facts that name a person, with the filters and paging of <c>/api/v1/trivia</c>.</summary>
    /// <param name="idOrSlug">The person's id or slug.</param>
    /// <param name="query">Filters and sorting.</param>
    /// <param name="paging">The page.</param>
    /// <response code="200">A page of facts.</response>
    /// <response code="404">No person has this id or slug.</response>
    [HttpGet("/api/v1/people/{idOrSlug}/trivia")]
    [Tags("People")]
    [FilledByRoute("person")]
    public PagedList<TriviaFactResponse> OfPerson(IdOrSlug idOrSlug, [FromQuery] TriviaListQuery query, [FromQuery] PageRequest paging) =>
        trivia.List(query, paging);

    /// <summary>Lists the facts with a topic, with the filters and paging of <c>/api/v1/trivia</c>.</summary>
    /// <param name="slug">The topic's slug.</param>
    /// <param name="query">Filters and sorting; further <c>tag</c> values narrow it more.</param>
    /// <param name="paging">The page.</param>
    /// <response code="200">A page of facts.</response>
    /// <response code="404">No topic has this slug.</response>
    [HttpGet("/api/v1/tags/{slug}/trivia")]
    [Tags("Tags")]
    public PagedList<TriviaFactResponse> OfTag([ValidSlug] string slug, [FromQuery] TriviaListQuery query, [FromQuery] PageRequest paging)
    {
        // Unlike a film or a person, the path's topic is one more topic, not the only one: ?tag= still narrows.
        references.TagId(slug);
        query.Tag = [.. query.Tag ?? [], slug];
        return trivia.List(query, paging);
    }
}
