using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Search;
using TriviaApi.Search.Querying;

namespace TriviaApi.Features.Search;

/// <summary>Searches every kind at once, and completes what a search box holds, through the search index.</summary>
public sealed class SearchQueries(TriviaDbContext db, TriviaSearch search)
{
    public const int MaxSuggestions = 10;

    public async Task<PagedList<SearchResult>> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var query = request.Q!;
        var depth = request.Page * request.PageSize;
        var found = new List<Found>();
        var total = 0;
        foreach (var kind in request.KindsAsked)
        {
            if (kind == "trivia")
            {
                var facts = search.Facts(new FactSearch(query, FactFilter.None, FactOrder.ByRelevance, 0, depth));
                total += facts.Total;
                found.AddRange(await FactResultsAsync(facts.Hits, cancellationToken));
                continue;
            }

            var names = search.Names(query, kind, depth);
            total += names.Total;
            var ids = names.Hits.Select(h => h.Id).ToList();
            var scores = names.Hits.ToDictionary(h => h.Id, h => h.Score);
            found.AddRange(kind switch
            {
                "film" => (await db.Films.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Slug, f.Title, f.OriginalTitle, f.Year }).ToListAsync(cancellationToken))
                    .Select(r => new Found(new SearchResult(kind, r.Id, r.Slug, $"{r.Title} ({r.Year})", "", scores[r.Id], $"/api/v1/films/{r.Slug}"), $"{r.Title} {r.OriginalTitle}".Trim())),
                "person" => (await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Slug, p.Name }).ToListAsync(cancellationToken))
                    .Select(r => new Found(new SearchResult(kind, r.Id, r.Slug, r.Name, "", scores[r.Id], $"/api/v1/people/{r.Slug}"), r.Name)),
                _ => (await db.Tags.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Slug, t.NamePt, t.NameEn }).ToListAsync(cancellationToken))
                    .Select(r => new Found(new SearchResult(kind, r.Id, r.Slug, r.NamePt, "", scores[r.Id], $"/api/v1/tags/{r.Slug}"), $"{r.NamePt} ({r.NameEn})")),
            });
        }

        var page = found
            .OrderByDescending(f => f.Result.Score).ThenBy(f => Array.IndexOf(SearchRequest.Kinds, f.Result.Kind)).ThenBy(f => f.Result.Id)
            .ToPage(request, total);

        // Snippets only for the page returned: the results before it are read only to rank it.
        var items = page.Items.Select(f => f.Result with { Snippet = SnippetBuilder.Build(f.Text, query) }).ToList();
        return new PagedList<SearchResult>(items, page.Page, page.PageSize, page.TotalCount, page.TotalPages);
    }

    private async Task<IEnumerable<Found>> FactResultsAsync(IReadOnlyList<FactHit> hits, CancellationToken cancellationToken)
    {
        var ids = hits.Select(h => h.Id).ToList();
        var facts = await db.Facts.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Film.Title, f.Text }).ToDictionaryAsync(f => f.Id, cancellationToken);
        return hits.Where(h => facts.ContainsKey(h.Id))
            .Select(h => new Found(new SearchResult("trivia", h.Id, null, facts[h.Id].Title, "", h.Score ?? 0, $"/api/v1/trivia/{h.Id}"), facts[h.Id].Text));
    }

    /// <summary>A result before paging, with the text its snippet is cut from.</summary>
    private sealed record Found(SearchResult Result, string Text);

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestRequest request, CancellationToken cancellationToken)
    {
        var hits = search.Suggest(request.Q!, MaxSuggestions);
        var ids = hits.Select(h => h.Id).ToList();
        var films = await db.Films.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => new Suggestion("film", f.Slug, $"{f.Title} ({f.Year})", $"/api/v1/films/{f.Slug}"), cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new Suggestion("person", p.Slug, p.Name, $"/api/v1/people/{p.Slug}"), cancellationToken);
        var tags = await db.Tags.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => new Suggestion("tag", t.Slug, t.NamePt, $"/api/v1/tags/{t.Slug}"), cancellationToken);
        return hits.Select(h => (h.Kind switch { "film" => films, "person" => people, _ => tags }).GetValueOrDefault(h.Id)).OfType<Suggestion>().ToList();
    }
}
