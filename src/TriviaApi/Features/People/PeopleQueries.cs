using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Api.Resources;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Facts;
using TriviaApi.Text;

namespace TriviaApi.Features.People;

/// <summary>Reads people: filtered, sorted and paged lists, and the detail of one, projected in SQL.</summary>
public sealed class PeopleQueries(TriviaDbContext db, ReferenceResolver references, ResourceNames names)
{
    /// <summary>By name (the default; accents and case ignored) or trivia count.</summary>
    public static readonly Sorting<Person> Sorting = new Sorting<Person>(p => p.Id)
        .By("name", p => p.NameKey).By("triviaCount", p => p.TriviaCount);

    public async Task<PagedList<PersonSummary>> ListAsync(PeopleListQuery query, CancellationToken cancellationToken)
    {
        var people = await FilterAsync(db.People.AsNoTracking(), query, cancellationToken);
        return await Summaries(Sorting.Order(people, query.Sort)).ToPageAsync(query, cancellationToken);
    }

    public async Task<PersonDetail> GetAsync(IdOrSlug idOrSlug, CancellationToken cancellationToken)
    {
        var id = references.PersonId(idOrSlug);
        var person = await Summaries(db.People.AsNoTracking().Where(p => p.Id == id)).SingleAsync(cancellationToken);
        var films = await db.Films.AsNoTracking().Where(PersonFilms.Involving(id))
            .OrderByDescending(f => f.Year).ThenBy(f => f.TitleKey)
            .Select(f => new FilmRef(f.Id, f.Slug, f.Title, f.Year))
            .ToListAsync(cancellationToken);
        var tags = await FactCounts.TagsAsync(db, names, db.Facts.Where(f => f.People.Any(m => m.PersonId == id)), cancellationToken);
        return new PersonDetail(person.Id, person.Slug, person.Name, person.Professions, person.TriviaCount, films, tags);
    }

    private static IQueryable<PersonSummary> Summaries(IQueryable<Person> people) =>
        people.Select(p => new PersonSummary(p.Id, p.Slug, p.Name, p.Professions, p.TriviaCount));

    private async Task<IQueryable<Person>> FilterAsync(IQueryable<Person> people, PeopleListQuery query, CancellationToken cancellationToken)
    {
        if (query.Q is not null && TextFolding.MatchKey(query.Q) is { Length: > 0 } words)
        {
            people = people.Where(p => p.NameKey.Contains(words));
        }

        if (query.Film is not null)
        {
            var filmId = references.FilmId(query.Film, "film");
            people = people.Where(p => db.Credits.Any(c => c.FilmId == filmId && c.PersonId == p.Id)
                || db.FactPeople.Any(m => m.PersonId == p.Id && db.Facts.Any(f => f.Id == m.FactId && f.FilmId == filmId)));
        }

        if (query.Profession is not null)
        {
            // Professions are stored as written ("coreógrafo"); match the ones that fold to what was asked.
            var asked = TextFolding.FoldAccents(query.Profession.Trim());
            var known = await db.KnownProfessionsAsync(cancellationToken);
            var matching = known.Where(p => TextFolding.FoldAccents(p) == asked).ToList();
            people = people.Where(p => p.Professions.Any(x => matching.Contains(x)));
        }

        return people;
    }
}
