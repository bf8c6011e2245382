using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Api.Resources;
using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Features.Trivia;

/// <summary>Reads trivia facts: filtered, sorted, paged by number or by keyset cursor, projected in SQL.</summary>
public sealed class TriviaQueries(TriviaDbContext db, ReferenceResolver references)
{
    public async Task<PagedList<TriviaFactResponse>> ListAsync(TriviaListQuery query, CancellationToken cancellationToken)
    {
        var facts = await FilterAsync(db.Facts.AsNoTracking(), query, cancellationToken);
        var total = await facts.CountAsync(cancellationToken);

        var sort = SortOrder.Parse(query.Sort, "id");
        TriviaCursor cursor = default;
        var byCursor = query.Cursor is not null && TriviaCursor.TryParse(query.Cursor, sort, out cursor);
        var ordered = Order(byCursor ? After(facts, cursor) : facts, sort);
        var window = byCursor ? ordered : ordered.Skip((query.Page - 1) * query.PageSize);
        var rows = await window.Take(query.PageSize + 1)
            .Select(f => new { f.Id, f.Film.Year })
            .ToListAsync(cancellationToken);

        var page = rows.Take(query.PageSize).ToList();
        var next = rows.Count > query.PageSize ? new TriviaCursor(sort, page[^1].Year, page[^1].Id).Encode() : null;
        var items = await ProjectAsync(page.Select(r => r.Id).ToList(), cancellationToken);
        return new PagedList<TriviaFactResponse>(items, query, total, next, byCursor);
    }

    public async Task<TriviaFactResponse> GetAsync(int id, CancellationToken cancellationToken) =>
        (await ProjectAsync([id], cancellationToken)).SingleOrDefault()
        ?? throw new MissingResourceException("trivia fact", id.ToString(System.Globalization.CultureInfo.InvariantCulture), identifiedBy: "id");

    /// <summary>The full responses for a page's ids, in the page's order.</summary>
    private async Task<List<TriviaFactResponse>> ProjectAsync(List<int> ids, CancellationToken cancellationToken)
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

    private async Task<IQueryable<TriviaFact>> FilterAsync(IQueryable<TriviaFact> facts, TriviaListQuery query, CancellationToken cancellationToken)
    {
        if (query.Film is not null)
        {
            var filmId = await references.FilmIdAsync(query.Film, "film", cancellationToken);
            facts = facts.Where(f => f.FilmId == filmId);
        }

        if (query.Person is not null)
        {
            var personId = await references.PersonIdAsync(query.Person, "person", cancellationToken);
            facts = facts.Where(f => f.People.Any(m => m.PersonId == personId));
        }

        if (query.Mentions is not null)
        {
            var (filmId, personId) = await references.FilmOrPersonAsync(query.Mentions, "mentions", cancellationToken);
            facts = facts.Where(f => f.Films.Any(m => m.FilmId == filmId) || f.People.Any(m => m.PersonId == personId));
        }

        foreach (var tag in (query.Tag ?? []).Distinct())
        {
            var tagId = await references.TagIdAsync(tag, "tag", cancellationToken);
            facts = facts.Where(f => f.Tags.Any(m => m.TagId == tagId));
        }

        if (query.YearFrom is { } from)
        {
            facts = facts.Where(f => f.Film.Year >= from);
        }

        if (query.YearTo is { } to)
        {
            facts = facts.Where(f => f.Film.Year <= to);
        }

        return facts;
    }

    /// <summary>Default order: by id. By year, ties by id; the id always breaks ties ascending, so keyset pages are stable.</summary>
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
