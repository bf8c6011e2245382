using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Facts;
using TriviaApi.Search;
using TriviaApi.Search.Querying;

namespace TriviaApi.Features.Trivia;

/// <summary>Reads trivia facts: filtered, sorted, paged by number or by keyset cursor, projected in SQL.</summary>
public sealed class TriviaQueries(TriviaDbContext db, FilteredFacts filtered, FactResponses responses, TriviaSearch search)
{
    public async Task<PagedList<TriviaFactResponse>> ListAsync(TriviaListQuery query, CancellationToken cancellationToken)
    {
        var sort = query.ResolvedSort();
        return query.Q is null
            ? await ListAllAsync(query, sort, query.Cursor, cancellationToken)
            : await SearchAsync(query.Q, query, sort, query.Cursor, cancellationToken);
    }

    /// <summary>A search: matched, filtered, ordered, counted and faceted in the search index; the page's facts read here.</summary>
    private async Task<PagedList<TriviaFactResponse>> SearchAsync(SearchQuery words, TriviaListQuery query, SortOrder sort, TriviaCursor? cursor, CancellationToken cancellationToken)
    {
        var field = sort.Field switch { "relevance" => FactSortField.Relevance, "year" => FactSortField.Year, _ => FactSortField.Id };
        var order = new FactOrder(field, sort.Descending, cursor is { } c ? (c.Year, c.Id) : null);
        var found = search.Facts(new FactSearch(words, await filtered.ResolveAsync(query, cancellationToken), order,
            cursor is null ? query.Offset() : 0, query.PageSize + 1, query.Facets is not null));
        var page = found.Hits.Take(query.PageSize).ToList();
        var next = found.Hits.Count > query.PageSize && sort.Field != "relevance" ? new TriviaCursor(sort, page[^1].Year, page[^1].Id).Encode() : null;
        var hits = page.ToDictionary(h => h.Id);
        var items = (await responses.ProjectAsync(page.Select(h => h.Id).ToList(), cancellationToken))
            .Select(f => f with { Score = hits[f.Id].Score, Snippet = hits[f.Id].Snippet }).ToList();
        return new PagedList<TriviaFactResponse>(items, query, found.Total, next, cursor is not null)
        {
            Facets = query.Facets is null ? null : await FacetsAsync(found.Facets!, query.Facets, cancellationToken),
        };
    }

    /// <summary>Facts without a search: filtered, sorted and paged in SQL.</summary>
    private async Task<PagedList<TriviaFactResponse>> ListAllAsync(TriviaListQuery query, SortOrder sort, TriviaCursor? cursor, CancellationToken cancellationToken)
    {
        var facts = await filtered.NarrowAsync(db.Facts.AsNoTracking(), query, cancellationToken);
        var total = await filtered.CountAsync(query, cancellationToken);
        var ordered = Order(cursor is { } c ? After(facts, c) : facts, sort);
        var window = cursor is not null ? ordered : ordered.Skip(query.Offset());
        var rows = await window.Take(query.PageSize + 1).Select(f => new { f.Id, f.Film.Year }).ToListAsync(cancellationToken);
        var page = rows.Take(query.PageSize).ToList();
        var next = rows.Count > query.PageSize ? new TriviaCursor(sort, page[^1].Year, page[^1].Id).Encode() : null;
        var items = await responses.ProjectAsync(page.Select(r => r.Id).ToList(), cancellationToken);
        return new PagedList<TriviaFactResponse>(items, query, total, next, cursor is not null)
        {
            Facets = query.Facets is null ? null : await FacetsAsync(facts, query.Facets, cancellationToken),
        };
    }

    private async Task<Facets> FacetsAsync(IQueryable<TriviaFact> facts, string names, CancellationToken cancellationToken)
    {
        var asked = names.Split(',', StringSplitOptions.TrimEntries);
        return new Facets(
            asked.Contains("tag") ? await FactCounts.TagsAsync(db, facts, cancellationToken) : null,
            asked.Contains("person") ? await FactCounts.PeopleAsync(db, facts, 20, cancellationToken) : null,
            asked.Contains("film") ? await FactCounts.FilmsAsync(db, facts, 20, cancellationToken) : null);
    }

    private async Task<Facets> FacetsAsync(FactFacetCounts counts, string names, CancellationToken cancellationToken)
    {
        var asked = names.Split(',', StringSplitOptions.TrimEntries);
        return new Facets(
            asked.Contains("tag") ? await FactCounts.TagsAsync(db, counts.Tags, cancellationToken) : null,
            asked.Contains("person") ? await FactCounts.PeopleAsync(db, counts.People, 20, cancellationToken) : null,
            asked.Contains("film") ? await FactCounts.FilmsAsync(db, counts.Films, 20, cancellationToken) : null);
    }

    /// <summary>Without a search: by id, or by year with ties by id; the id always breaks ties ascending, so pages are stable.</summary>
    private static IQueryable<TriviaFact> Order(IQueryable<TriviaFact> facts, SortOrder sort) => (sort.Field, sort.Descending) switch
    {
        ("year", false) => facts.OrderBy(f => f.Film.Year).ThenBy(f => f.Id),
        ("year", true) => facts.OrderByDescending(f => f.Film.Year).ThenBy(f => f.Id),
        (_, true) => facts.OrderByDescending(f => f.Id),
        _ => facts.OrderBy(f => f.Id),
    };

    private static IQueryable<TriviaFact> After(IQueryable<TriviaFact> facts, TriviaCursor cursor) => (cursor.Sort.Field, cursor.Sort.Descending) switch
    {
        ("year", false) => facts.Where(f => f.Film.Year > cursor.Year || (f.Film.Year == cursor.Year && f.Id > cursor.Id)),
        ("year", true) => facts.Where(f => f.Film.Year < cursor.Year || (f.Film.Year == cursor.Year && f.Id > cursor.Id)),
        (_, true) => facts.Where(f => f.Id < cursor.Id),
        _ => facts.Where(f => f.Id > cursor.Id),
    };
}
