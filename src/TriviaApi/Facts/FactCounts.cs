using Microsoft.EntityFrameworkCore;
using TriviaApi.Api.Resources;
using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Facts;

/// <summary>Counts over a set of facts, for detail responses: how many have each topic, how many name each person.</summary>
public static class FactCounts
{
    public static async Task<IReadOnlyList<TagCount>> TagsAsync(TriviaDbContext db, IQueryable<TriviaFact> facts, CancellationToken cancellationToken)
    {
        // Joined from the facts, so SQLite walks the few facts of a film through their mentions' keys, not every mention.
        var counts = await facts.Join(db.FactTags, f => f.Id, m => m.FactId, (_, m) => m)
            .GroupBy(m => m.TagId)
            .Select(g => new { TagId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var tags = await db.Tags.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        return counts.Select(c => new TagCount(tags[c.TagId].Slug, tags[c.TagId].NamePt, tags[c.TagId].NameEn, c.Count))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
    }

    public static async Task<IReadOnlyList<PersonCount>> PeopleAsync(TriviaDbContext db, IQueryable<TriviaFact> facts, int top, CancellationToken cancellationToken)
    {
        var counts = await facts.Join(db.FactPeople, f => f.Id, m => m.FactId, (_, m) => m)
            .GroupBy(m => m.PersonId)
            .Select(g => new { PersonId = g.Key, Count = g.Count() })
            .OrderByDescending(c => c.Count).ThenBy(c => c.PersonId)
            .Take(top)
            .ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return counts.Select(c => new PersonCount(c.PersonId, people[c.PersonId].Slug, people[c.PersonId].Name, c.Count)).ToList();
    }

    public static async Task<IReadOnlyList<FilmCount>> FilmsAsync(TriviaDbContext db, IQueryable<TriviaFact> facts, int top, CancellationToken cancellationToken)
    {
        var counts = await facts.GroupBy(f => f.FilmId)
            .Select(g => new { FilmId = g.Key, Count = g.Count() })
            .OrderByDescending(c => c.Count).ThenBy(c => c.FilmId)
            .Take(top)
            .ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.FilmId).ToList();
        var films = await db.Films.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        return counts.Select(c => new FilmCount(c.FilmId, films[c.FilmId].Slug, films[c.FilmId].Title, films[c.FilmId].Year, c.Count)).ToList();
    }

    /// <summary>Topics by how many facts have them, from counts by tag id (a search's facets).</summary>
    public static async Task<IReadOnlyList<TagCount>> TagsAsync(TriviaDbContext db, IReadOnlyDictionary<int, int> counts, CancellationToken cancellationToken)
    {
        var tags = await db.Tags.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        return counts.Where(c => tags.ContainsKey(c.Key)).Select(c => new TagCount(tags[c.Key].Slug, tags[c.Key].NamePt, tags[c.Key].NameEn, c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>The <paramref name="top"/> people named most, from counts by person id.</summary>
    public static async Task<IReadOnlyList<PersonCount>> PeopleAsync(TriviaDbContext db, IReadOnlyDictionary<int, int> counts, int top, CancellationToken cancellationToken)
    {
        var best = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(top).ToList();
        var ids = best.Select(c => c.Key).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return best.Where(c => people.ContainsKey(c.Key)).Select(c => new PersonCount(c.Key, people[c.Key].Slug, people[c.Key].Name, c.Value)).ToList();
    }

    /// <summary>The <paramref name="top"/> films with most facts, from counts by film id.</summary>
    public static async Task<IReadOnlyList<FilmCount>> FilmsAsync(TriviaDbContext db, IReadOnlyDictionary<int, int> counts, int top, CancellationToken cancellationToken)
    {
        var best = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(top).ToList();
        var ids = best.Select(c => c.Key).ToList();
        var films = await db.Films.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        return best.Where(c => films.ContainsKey(c.Key)).Select(c => new FilmCount(c.Key, films[c.Key].Slug, films[c.Key].Title, films[c.Key].Year, c.Value)).ToList();
    }
}
