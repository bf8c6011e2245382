using TriviaApi.Api;
using TriviaApi.Domain;
using TriviaApi.Facts;
using TriviaApi.Search;
using TriviaApi.Search.Querying;

namespace TriviaApi.Features.Trivia;

/// <summary>Reads trivia facts: filtered, sorted, paged by number or by keyset cursor in the search index, projected in SQL.</summary>
public sealed class TriviaQueries(ResourceNames names, FilteredFacts filtered, FactResponses responses, TriviaSearch search)
{
    /// <summary>
    /// Matched (with <c>q</c>), filtered, ordered, counted and faceted in the search index, with or without words; only
    /// the page's facts are read from the database.
    /// </summary>
    public PagedList<TriviaFactResponse> List(TriviaListQuery query, PageRequest paging)
    {
        var sort = query.ResolvedSort();
        var cursor = query.Cursor;
        var facets = query.FacetsAsked;
        var field = sort.Field switch { "relevance" => FactSortField.Relevance, "year" => FactSortField.Year, _ => FactSortField.Id };
        var order = new FactOrder(field, sort.Descending, cursor is { } c ? (c.Year, c.Id) : null);
        var found = search.Facts(new FactSearch(query.Q, filtered.Resolve(query), order,
            cursor is null ? paging.Offset() : 0, paging.PageSize + 1, facets is not null));
        var page = found.Hits.Take(paging.PageSize).ToList();
        var next = found.Hits.Count > paging.PageSize && sort.Field != "relevance" ? new TriviaCursor(sort, page[^1].Year, page[^1].Id).Encode() : null;
        var hits = page.ToDictionary(h => h.Id);
        var items = responses.Project(page.Select(h => h.Id).ToList())
            .Select(f => f with { Score = hits[f.Id].Score, Snippet = query.Q is { } words ? SnippetBuilder.Build(f.Text, words) : null }).ToList();
        return new PagedList<TriviaFactResponse>(items, paging, found.Total, next, cursor is not null)
        {
            Facets = facets is null ? null : Facets(found.Facets!, facets),
        };
    }

    private Facets Facets(FactFacetCounts counts, IReadOnlySet<string> asked) => new(
        asked.Contains("tag") ? FactCounts.Tags(names, counts.Tags) : null,
        asked.Contains("person") ? FactCounts.People(names, counts.People, 20) : null,
        asked.Contains("film") ? FactCounts.Films(names, counts.Films, 20) : null);
}
