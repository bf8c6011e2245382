using Microsoft.AspNetCore.Mvc;
using TriviaApi.Api;

namespace TriviaApi.Features.Search;

/// <summary>Search across facts, films, people and topics, and completions for a search box.</summary>
[ApiController]
[Route("api/v1/search")]
public sealed class SearchController(SearchQueries search) : ControllerBase
{
    /// <summary>Searches facts, films, people and topics at once, best first.</summary>
    /// <remarks>
    /// Case- and accent-insensitive, plurals folded; <c>"phrase"</c>, <c>-exclude</c>, <c>prefix*</c> and <c>OR</c> work.
    /// Example: <c>/api/v1/search?q=gosling&amp;type=person,trivia</c>.
    /// </remarks>
    /// <response code="200">A page of hits of every kind asked for, each with its kind, snippet, score and URL.</response>
    /// <response code="400">q is missing or holds nothing to search for, or another parameter is invalid.</response>
    [HttpGet]
    public PagedList<SearchResult> Search([FromQuery] SearchRequest request) => search.Search(request);

    /// <summary>Completes the last word typed into a search box with people, films and topics (up to 10).</summary>
    /// <remarks>Accent-insensitive, matching the start of any word of a name: <c>gosl</c> suggests Ryan Gosling, <c>musi</c> the topic Música.</remarks>
    /// <response code="200">Up to 10 suggestions, best first.</response>
    /// <response code="400">q holds no word to complete.</response>
    [HttpGet("suggest")]
    public IReadOnlyList<Suggestion> Suggest([FromQuery] SuggestRequest request) => search.Suggest(request);
}
