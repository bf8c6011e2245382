using TriviaApi.Api;
using TriviaApi.Facts;
using TriviaApi.Search;
using TriviaApi.Search.Querying;

namespace TriviaApi.Features.Search;

/// <summary>Searches every kind at once, and completes what a search box holds, through the search index.</summary>
public sealed class SearchQueries(ResourceNames names, TriviaSearch search)
{
    public const int MaxSuggestions = 10;

    public PagedList<SearchResult> Search(SearchRequest request)
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
                found.AddRange(FactResults(facts.Hits));
                continue;
            }

            var matches = search.Names(query, kind, depth);
            total += matches.Total;
            var ids = matches.Hits.Select(h => h.Id).ToList();
            var scores = matches.Hits.ToDictionary(h => h.Id, h => h.Score);
            found.AddRange(kind switch
            {
                "film" => names.Films(ids).Values
                    .Select(r => new Found(new SearchResult(kind, r.Id, r.Slug, $"{r.Title} ({r.Year})", "", scores[r.Id], $"/api/v1/films/{r.Slug}"), $"{r.Title} {r.OriginalTitle}".Trim())),
                "person" => names.People(ids).Values
                    .Select(r => new Found(new SearchResult(kind, r.Id, r.Slug, r.Name, "", scores[r.Id], $"/api/v1/people/{r.Slug}"), r.Name)),
                _ => names.Tags(ids).Values
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

    private IEnumerable<Found> FactResults(IReadOnlyList<FactHit> hits)
    {
        var facts = names.Facts(hits.Select(h => h.Id));
        return hits.Where(h => facts.ContainsKey(h.Id))
            .Select(h => new Found(new SearchResult("trivia", h.Id, null, facts[h.Id].FilmTitle, "", h.Score ?? 0, $"/api/v1/trivia/{h.Id}"), facts[h.Id].Text));
    }

    /// <summary>A result before paging, with the text its snippet is cut from.</summary>
    private sealed record Found(SearchResult Result, string Text);

    public IReadOnlyList<Suggestion> Suggest(SuggestRequest request)
    {
        var hits = search.Suggest(request.Q!, MaxSuggestions);
        // One read per kind found: a completion names few of each.
        var films = hits.Any(h => h.Kind == "film") ? names.Films(hits.Where(h => h.Kind == "film").Select(h => h.Id)) : [];
        var people = hits.Any(h => h.Kind == "person") ? names.People(hits.Where(h => h.Kind == "person").Select(h => h.Id)) : [];
        var tags = hits.Any(h => h.Kind == "tag") ? names.Tags(hits.Where(h => h.Kind == "tag").Select(h => h.Id)) : [];
        return hits.Select(h => h.Kind switch
        {
            "film" => films.GetValueOrDefault(h.Id) is { } f ? new Suggestion("film", f.Slug, $"{f.Title} ({f.Year})", $"/api/v1/films/{f.Slug}") : null,
            "person" => people.GetValueOrDefault(h.Id) is { } p ? new Suggestion("person", p.Slug, p.Name, $"/api/v1/people/{p.Slug}") : null,
            _ => tags.GetValueOrDefault(h.Id) is { } t ? new Suggestion("tag", t.Slug, t.NamePt, $"/api/v1/tags/{t.Slug}") : null,
        }).OfType<Suggestion>().ToList();
    }
}
