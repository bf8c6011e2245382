using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Search;

namespace TriviaApi.Features.Search;

/// <summary>Searches every kind at once, and completes what a search box holds.</summary>
public sealed class SearchQueries(TriviaDbContext db)
{
    public const int MaxSuggestions = 10;

    public async Task<PagedList<SearchResult>> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(request.Q!);
        var depth = request.Page * request.PageSize;
        var results = new List<SearchResult>();
        var total = 0;
        foreach (var kind in request.KindsAsked)
        {
            if (kind == "trivia")
            {
                var (matching, facts) = await FactsAsync(query, depth, cancellationToken);
                total += matching;
                results.AddRange(facts);
                continue;
            }

            var hits = FullTextSearch.Names(db, query, kind);
            total += await hits.CountAsync(cancellationToken);
            var best = hits.OrderBy(h => h.Rank).ThenBy(h => h.Id).Take(depth);
            results.AddRange(kind switch
            {
                "film" => (await best.Join(db.Films, h => h.Id, f => f.Id, (h, f) => new { f.Id, f.Slug, f.Title, f.OriginalTitle, f.Year, h.Rank }).ToListAsync(cancellationToken))
                    .Select(r => new SearchResult(kind, r.Id, r.Slug, $"{r.Title} ({r.Year})", SnippetBuilder.Build($"{r.Title} {r.OriginalTitle}".Trim(), query), SearchHit.Score(r.Rank), $"/api/v1/films/{r.Slug}")),
                "person" => (await best.Join(db.People, h => h.Id, p => p.Id, (h, p) => new { p.Id, p.Slug, p.Name, h.Rank }).ToListAsync(cancellationToken))
                    .Select(r => new SearchResult(kind, r.Id, r.Slug, r.Name, SnippetBuilder.Build(r.Name, query), SearchHit.Score(r.Rank), $"/api/v1/people/{r.Slug}")),
                _ => (await best.Join(db.Tags, h => h.Id, t => t.Id, (h, t) => new { t.Id, t.Slug, t.NamePt, t.NameEn, h.Rank }).ToListAsync(cancellationToken))
                    .Select(r => new SearchResult(kind, r.Id, r.Slug, r.NamePt, SnippetBuilder.Build($"{r.NamePt} ({r.NameEn})", query), SearchHit.Score(r.Rank), $"/api/v1/tags/{r.Slug}")),
            });
        }

        var page = results
            .OrderByDescending(r => r.Score).ThenBy(r => Array.IndexOf(SearchRequest.Kinds, r.Kind)).ThenBy(r => r.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .ToList();
        return new PagedList<SearchResult>(page, request, total);
    }

    /// <summary>How many facts match, and the best down to <paramref name="depth"/>: from the words' postings when they can tell, else from FTS5.</summary>
    private async Task<(int Matching, IEnumerable<SearchResult> Facts)> FactsAsync(SearchQuery query, int depth, CancellationToken cancellationToken)
    {
        var ranked = await FullTextSearch.BestFactsAsync(db, query, depth, cancellationToken)
            ?? new RankedFacts(
                await FullTextSearch.Count(db, query).SingleAsync(cancellationToken),
                await FullTextSearch.Facts(db, query).OrderBy(h => h.Rank).ThenBy(h => h.Id).Take(depth).ToListAsync(cancellationToken));
        var ids = ranked.Best.Select(h => h.Id).ToList();
        var facts = await db.Facts.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Text, f.Film.Title }).ToDictionaryAsync(f => f.Id, cancellationToken);
        return (ranked.Matching, ranked.Best.Where(h => facts.ContainsKey(h.Id)).Select(h => (Hit: h, Fact: facts[h.Id]))
            .Select(r => new SearchResult("trivia", r.Hit.Id, null, r.Fact.Title, SnippetBuilder.Build(r.Fact.Text, query), SearchHit.Score(r.Hit.Rank), $"/api/v1/trivia/{r.Hit.Id}")));
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestRequest request, CancellationToken cancellationToken)
    {
        var hits = await FullTextSearch.AnyNames(db, SearchQuery.ForCompletion(request.Q!), MaxSuggestions).ToListAsync(cancellationToken);
        var ids = hits.Select(h => h.Id).ToList();
        var films = await db.Films.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => new Suggestion("film", f.Slug, $"{f.Title} ({f.Year})", $"/api/v1/films/{f.Slug}"), cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new Suggestion("person", p.Slug, p.Name, $"/api/v1/people/{p.Slug}"), cancellationToken);
        var tags = await db.Tags.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => new Suggestion("tag", t.Slug, t.NamePt, $"/api/v1/tags/{t.Slug}"), cancellationToken);
        return hits.Select(h => (h.Kind switch { "film" => films, "person" => people, _ => tags }).GetValueOrDefault(h.Id)).OfType<Suggestion>().ToList();
    }
}
