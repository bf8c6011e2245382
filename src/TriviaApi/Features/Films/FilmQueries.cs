using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Api.Resources;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Facts;
using TriviaApi.Text;

namespace TriviaApi.Features.Films;

/// <summary>Reads films: filtered, sorted and paged lists, and the detail of one, projected in SQL.</summary>
public sealed class FilmQueries(TriviaDbContext db, ReferenceResolver references, ResourceNames names)
{
    /// <summary>By title (the default; accents and case ignored), year or trivia count.</summary>
    public static readonly Sorting<Film> Sorting = new Sorting<Film>(f => f.Id)
        .By("title", f => f.TitleKey).By("year", f => f.Year).By("triviaCount", f => f.Facts.Count);

    public async Task<PagedList<FilmSummary>> ListAsync(FilmListQuery query, CancellationToken cancellationToken)
    {
        var films = Filter(db.Films.AsNoTracking(), query);
        return await Summaries(Sorting.Order(films, query.Sort)).ToPageAsync(query, cancellationToken);
    }

    public async Task<FilmDetail> GetAsync(IdOrSlug idOrSlug, CancellationToken cancellationToken)
    {
        var id = references.FilmId(idOrSlug);
        var film = await Summaries(db.Films.AsNoTracking().Where(f => f.Id == id)).SingleAsync(cancellationToken);
        var credits = await db.Credits.AsNoTracking().Where(c => c.FilmId == id)
            .OrderBy(c => c.Role).ThenBy(c => c.Person.NameKey)
            .Select(c => new CreditResponse(
                new PersonRef(c.Person.Id, c.Person.Slug, c.Person.Name),
                c.Role,
                c.Character == null ? null : new CharacterRef(c.Character.Id, c.Character.Slug, c.Character.Name)))
            .ToListAsync(cancellationToken);
        var facts = db.Facts.Where(f => f.FilmId == id);
        return new FilmDetail(
            film.Id, film.Slug, film.Title, film.OriginalTitle, film.Year, film.TriviaCount, film.MentionCount,
            await FactCounts.TagsAsync(db, names, facts, cancellationToken),
            credits,
            await FactCounts.PeopleAsync(db, names, facts, 10, cancellationToken));
    }

    private IQueryable<FilmSummary> Summaries(IQueryable<Film> films) =>
        films.Select(f => new FilmSummary(f.Id, f.Slug, f.Title, f.OriginalTitle, f.Year, f.Facts.Count, db.FactFilms.Count(m => m.FilmId == f.Id)));

    private IQueryable<Film> Filter(IQueryable<Film> films, FilmListQuery query)
    {
        if (query.Q is not null && TextFolding.MatchKey(query.Q) is { Length: > 0 } words)
        {
            films = films.Where(f => f.TitleKey.Contains(words) || (f.OriginalTitleKey != null && f.OriginalTitleKey.Contains(words)));
        }

        if (query.Year is { } year)
        {
            films = films.Where(f => f.Year == year);
        }

        if (query.YearFrom is { } from)
        {
            films = films.Where(f => f.Year >= from);
        }

        if (query.YearTo is { } to)
        {
            films = films.Where(f => f.Year <= to);
        }

        if (query.Person is not null)
        {
            var personId = references.PersonId(query.Person, "person");
            films = films.Where(PersonFilms.Involving(personId));
        }

        if (query.Tag is not null)
        {
            var tagId = references.TagId(query.Tag, "tag");
            films = films.Where(f => f.Facts.Any(t => t.Tags.Any(m => m.TagId == tagId)));
        }

        return films;
    }
}
