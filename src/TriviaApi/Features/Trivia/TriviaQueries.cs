using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Api.Resources;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Search;

namespace TriviaApi.Features.Trivia;

/// <summary>Reads trivia facts: filtered, sorted, paged by number or by keyset cursor, projected in SQL.</summary>
public sealed class TriviaQueries(TriviaDbContext db, FilteredFacts filtered)
{
    public async Task<PagedList<TriviaFactResponse>> ListAsync(TriviaListQuery query, CancellationToken cancellationToken)
    {
        var facts = await filtered.NarrowAsync(db.Facts.AsNoTracking(), query, cancellationToken);
        var search = query.Q is null ? null : SearchQuery.Parse(query.Q);
        var ranked = search is null
            ? facts.Select(f => new RankedFact { Fact = f, Rank = 0 })
            : facts.Join(FullTextSearch.Facts(db, search), f => f.Id, h => h.Id, (f, h) => new RankedFact { Fact = f, Rank = h.Rank });
        var sort = query.ResolvedSort();

        var byRelevance = search is not null && sort is { Field: "relevance", Descending: false };
        // A plain search (no filter, by relevance) reads the index alone: joining every match to its fact first
        // tripled the time of a first page at a million facts.
        var plainSearch = byRelevance && !query.HasFilters;
        // Words (required, alternatives, excluded) are counted and ranked in one pass over their postings: same page,
        // same scores as FTS5's ranking.
        // Within one film's or person's facts too: FTS5 would score every match in the corpus before the join.
        var best = plainSearch || (byRelevance && query.KeepsFewFacts)
            ? await FullTextSearch.BestFactsAsync(db, search!, (query.Page * query.PageSize) + 1, cancellationToken, query.HasFilters ? facts.Select(f => f.Id) : null)
            : null;
        var total = best is not null ? best.Matching
            : plainSearch ? await FullTextSearch.Count(db, search!).SingleAsync(cancellationToken)
            : search is null ? await filtered.CountAsync(query, cancellationToken)
            : await ranked.CountAsync(cancellationToken);
        TriviaCursor cursor = default;
        var byCursor = query.Cursor is not null && TriviaCursor.TryParse(query.Cursor, sort, out cursor);
        var ordered = Order(byCursor ? After(ranked, cursor) : ranked, sort);
        var window = byCursor ? ordered : ordered.Skip((query.Page - 1) * query.PageSize);
        var rows = best is not null
            ? best.Best.Skip((query.Page - 1) * query.PageSize).Select(h => new { h.Id, Year = 0, h.Rank }).ToList()
            : plainSearch
            ? await FullTextSearch.Facts(db, search!).OrderBy(h => h.Rank).ThenBy(h => h.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize + 1)
                .Select(h => new { h.Id, Year = 0, h.Rank }).ToListAsync(cancellationToken)
            : await window.Take(query.PageSize + 1)
                .Select(r => new { r.Fact.Id, r.Fact.Film.Year, r.Rank })
                .ToListAsync(cancellationToken);

        var page = rows.Take(query.PageSize).ToList();
        var next = rows.Count > query.PageSize && sort.Field != "relevance" ? new TriviaCursor(sort, page[^1].Year, page[^1].Id).Encode() : null;
        var items = await ProjectAsync(page.Select(r => r.Id).ToList(), cancellationToken);
        if (search is not null)
        {
            var ranks = page.ToDictionary(r => r.Id, r => r.Rank);
            items = items.Select(f => f with { Score = SearchHit.Score(ranks[f.Id]), Snippet = SnippetBuilder.Build(f.Text, search) }).ToList();
        }

        return new PagedList<TriviaFactResponse>(items, query, total, next, byCursor)
        {
            Facets = query.Facets is null ? null : await FacetsAsync(ranked.Select(r => r.Fact), query.Facets, cancellationToken),
        };
    }

    public async Task<TriviaFactResponse> GetAsync(int id, CancellationToken cancellationToken) =>
        (await ProjectAsync([id], cancellationToken)).SingleOrDefault()
        ?? throw new MissingResourceException("trivia fact", id.ToString(System.Globalization.CultureInfo.InvariantCulture), identifiedBy: "id");

    /// <summary>The full responses for the facts with these ids, in the ids' order.</summary>
    public async Task<List<TriviaFactResponse>> ProjectAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var facts = await db.Facts.AsNoTracking()
            .Where(f => ids.Contains(f.Id))
            .Select(f => new TriviaFactResponse(
                f.Id,
                f.Text,
                f.Language,
                new FilmRef(f.Film.Id, f.Film.Slug, f.Film.Title, f.Film.Year),
                f.People.OrderBy(m => m.Person.NameKey).Select(m => new PersonRef(m.Person.Id, m.Person.Slug, m.Person.Name)).ToList(),
                f.Films.OrderBy(m => m.Film.TitleKey).Select(m => new FilmRef(m.Film.Id, m.Film.Slug, m.Film.Title, m.Film.Year)).ToList(),
                f.Characters.OrderBy(m => m.Character.NameKey).Select(m => new CharacterRef(m.Character.Id, m.Character.Slug, m.Character.Name)).ToList(),
                f.Tags.OrderBy(m => m.Tag.Slug).Select(m => new TagRef(m.Tag.Slug, m.Tag.NamePt, m.Tag.NameEn)).ToList(),
                new SourceRef(f.SourceFile, f.SourceLine)))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return ids.Select(id => facts.FirstOrDefault(f => f.Id == id)).OfType<TriviaFactResponse>().ToList();
    }

    private async Task<Facets> FacetsAsync(IQueryable<TriviaFact> facts, string names, CancellationToken cancellationToken)
    {
        var asked = names.Split(',', StringSplitOptions.TrimEntries);
        return new Facets(
            asked.Contains("tag") ? await FactCounts.TagsAsync(db, facts, cancellationToken) : null,
            asked.Contains("person") ? await FactCounts.PeopleAsync(db, facts, 20, cancellationToken) : null,
            asked.Contains("film") ? await FactCounts.FilmsAsync(db, facts, 20, cancellationToken) : null);
    }

    /// <summary>
    /// Default order: by relevance when searching (best first), else by id. By year, ties by id; the id always breaks
    /// ties ascending, so pages are stable.
    /// </summary>
    private static IQueryable<RankedFact> Order(IQueryable<RankedFact> facts, SortOrder sort) => (sort.Field, sort.Descending) switch
    {
        ("relevance", false) => facts.OrderBy(r => r.Rank).ThenBy(r => r.Fact.Id),
        ("relevance", true) => facts.OrderByDescending(r => r.Rank).ThenBy(r => r.Fact.Id),
        ("year", false) => facts.OrderBy(r => r.Fact.Film.Year).ThenBy(r => r.Fact.Id),
        ("year", true) => facts.OrderByDescending(r => r.Fact.Film.Year).ThenBy(r => r.Fact.Id),
        (_, true) => facts.OrderByDescending(r => r.Fact.Id),
        _ => facts.OrderBy(r => r.Fact.Id),
    };

    private static IQueryable<RankedFact> After(IQueryable<RankedFact> facts, TriviaCursor cursor) => (cursor.Sort.Field, cursor.Sort.Descending) switch
    {
        ("year", false) => facts.Where(r => r.Fact.Film.Year > cursor.Year || (r.Fact.Film.Year == cursor.Year && r.Fact.Id > cursor.Id)),
        ("year", true) => facts.Where(r => r.Fact.Film.Year < cursor.Year || (r.Fact.Film.Year == cursor.Year && r.Fact.Id > cursor.Id)),
        (_, true) => facts.Where(r => r.Fact.Id < cursor.Id),
        _ => facts.Where(r => r.Fact.Id > cursor.Id),
    };

    /// <summary>A fact with its search rank (0 when not searching), so one query pipeline serves lists and searches.</summary>
    private sealed class RankedFact
    {
        public required TriviaFact Fact { get; init; }

        public required double Rank { get; init; }
    }
}
