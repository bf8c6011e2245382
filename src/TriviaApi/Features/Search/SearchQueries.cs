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
        var results = new List<SearchResult>();
        var total = 0;
        foreach (var kind in request.KindsAsked)
        {
            if (kind == "trivia")
            {
                var facts = search.Facts(new FactSearch(query, FactFilter.None, FactOrder.ByRelevance, 0, depth));
                total += facts.Total;
                results.AddRange(await FactResultsAsync(facts.Hits, cancellationToken));
                continue;
            }

            var names = search.Names(query, kind, depth);
            total += names.Total;
            var ids = names.Hits.Select(h => h.Id).ToList();
            var scores = names.Hits.ToDictionary(h => h.Id, h => h.Score);
            results.AddRange(kind switch
            {
                "film" => (await db.Films.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Slug, f.Title, f.OriginalTitle, f.Year }).ToListAsync(cancellationToken))
                    .Select(r => new SearchResult(kind, r.Id, r.Slug, $"{r.Title} ({r.Year})", SnippetBuilder.Build($"{r.Title} {r.OriginalTitle}".Trim(), query), scores[r.Id], $"/api/v1/films/{r.Slug}")),
                "person" => (await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Slug, p.Name }).ToListAsync(cancellationToken))
                    .Select(r => new SearchResult(kind, r.Id, r.Slug, r.Name, SnippetBuilder.Build(r.Name, query), scores[r.Id], $"/api/v1/people/{r.Slug}")),
                _ => (await db.Tags.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Slug, t.NamePt, t.NameEn }).ToListAsync(cancellationToken))
                    .Select(r => new SearchResult(kind, r.Id, r.Slug, r.NamePt, SnippetBuilder.Build($"{r.NamePt} ({r.NameEn})", query), scores[r.Id], $"/api/v1/tags/{r.Slug}")),
            });
        }

        return results
            .OrderByDescending(r => r.Score).ThenBy(r => Array.IndexOf(SearchRequest.Kinds, r.Kind)).ThenBy(r => r.Id)
            .ToPage(request, total);
    }

    private async Task<IEnumerable<SearchResult>> FactResultsAsync(IReadOnlyList<FactHit> hits, CancellationToken cancellationToken)
    {
        var ids = hits.Select(h => h.Id).ToList();
        var titles = await db.Facts.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Film.Title }).ToDictionaryAsync(f => f.Id, f => f.Title, cancellationToken);
        return hits.Where(h => titles.ContainsKey(h.Id))
            .Select(h => new SearchResult("trivia", h.Id, null, titles[h.Id], h.Snippet ?? "", h.Score ?? 0, $"/api/v1/trivia/{h.Id}"));
    }

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
