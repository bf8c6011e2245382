using TriviaApi.Api;

namespace TriviaApi.Features.Search;

/// <summary>One hit of a search across kinds.</summary>
/// <param name="Kind"><c>trivia</c>, <c>film</c>, <c>person</c> or <c>tag</c>.</param>
/// <param name="Id">The resource's id (for a tag, its position in the taxonomy).</param>
/// <param name="Slug">The resource's slug; null for a trivia fact.</param>
/// <param name="Title">A film's title, a person's or tag's name, or for a fact the title of the film it is about.</param>
/// <param name="Snippet">The matched text, HTML-escaped, matches in <c>&lt;mark&gt;</c>.</param>
/// <param name="Score">Relevance (BM25, higher is better).</param>
/// <param name="Url">The resource in this API.</param>
public sealed record SearchResult([property: OneOfValues(typeof(SearchRequest), nameof(SearchRequest.Kinds))] string Kind, int Id, string? Slug, string Title, string Snippet, double Score, string Url);
