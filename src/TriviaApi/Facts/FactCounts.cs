using Microsoft.EntityFrameworkCore;
using TriviaApi.Api.Resources;
using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Facts;

/// <summary>
/// Counts over a set of facts: how many have each topic, how many name each person, how many are about each film. A
/// detail response counts its facts in SQL; a search's facets come counted by the index. Either way the counts are
/// named here, through <see cref="ResourceNames"/>.
/// </summary>
public static class FactCounts
{
    public static async Task<IReadOnlyList<TagCount>> TagsAsync(TriviaDbContext db, ResourceNames names, IQueryable<TriviaFact> facts, CancellationToken cancellationToken)
    {
        // Joined from the facts, so SQLite walks the few facts of a film through their mentions' keys, not every mention.
        var counts = await facts.Join(db.FactTags, f => f.Id, m => m.FactId, (_, m) => m)
            .GroupBy(m => m.TagId)
            .Select(g => new { TagId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.TagId, c => c.Count, cancellationToken);
        return Tags(names, counts);
    }

    public static async Task<IReadOnlyList<PersonCount>> PeopleAsync(TriviaDbContext db, ResourceNames names, IQueryable<TriviaFact> facts, int top, CancellationToken cancellationToken)
    {
        var counts = await facts.Join(db.FactPeople, f => f.Id, m => m.FactId, (_, m) => m)
            .GroupBy(m => m.PersonId)
            .Select(g => new { PersonId = g.Key, Count = g.Count() })
            .OrderByDescending(c => c.Count).ThenBy(c => c.PersonId)
            .Take(top)
            .ToDictionaryAsync(c => c.PersonId, c => c.Count, cancellationToken);
        return People(names, counts, top);
    }

    /// <summary>Topics by how many facts have them, from counts by tag id.</summary>
    public static IReadOnlyList<TagCount> Tags(ResourceNames names, IReadOnlyDictionary<int, int> counts)
    {
        var tags = names.Tags(counts.Keys);
        return counts.Where(c => tags.ContainsKey(c.Key)).Select(c => new TagCount(tags[c.Key].Slug, tags[c.Key].NamePt, tags[c.Key].NameEn, c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>The <paramref name="top"/> people named most, from counts by person id.</summary>
    public static IReadOnlyList<PersonCount> People(ResourceNames names, IReadOnlyDictionary<int, int> counts, int top)
    {
        var best = Most(counts, top);
        var people = names.People(best.Select(c => c.Key));
        return best.Where(c => people.ContainsKey(c.Key)).Select(c => new PersonCount(c.Key, people[c.Key].Slug, people[c.Key].Name, c.Value)).ToList();
    }

    /// <summary>The <paramref name="top"/> films with most facts, from counts by film id.</summary>
    public static IReadOnlyList<FilmCount> Films(ResourceNames names, IReadOnlyDictionary<int, int> counts, int top)
    {
        var best = Most(counts, top);
        var films = names.Films(best.Select(c => c.Key));
        return best.Where(c => films.ContainsKey(c.Key)).Select(c => new FilmCount(c.Key, films[c.Key].Slug, films[c.Key].Title, films[c.Key].Year, c.Value)).ToList();
    }

    /// <summary>
    /// The <paramref name="top"/> highest counts, highest first, ties by id: kept in a heap of that many while the
    /// counts are read, since a search's facets count every film and person it matches and show twenty.
    /// </summary>
    internal static List<KeyValuePair<int, int>> Most(IReadOnlyDictionary<int, int> counts, int top)
    {
        var best = new PriorityQueue<KeyValuePair<int, int>, (int Count, int Id)>(top + 1, Worst.Instance);
        foreach (var count in counts)
        {
            var key = (count.Value, count.Key);
            if (best.Count < top)
            {
                best.Enqueue(count, key);
            }
            else if (best.TryPeek(out _, out var worst) && Worst.Instance.Compare(key, worst) > 0)
            {
                best.EnqueueDequeue(count, key);
            }
        }

        var most = new List<KeyValuePair<int, int>>(best.Count);
        while (best.Count > 0)
        {
            most.Add(best.Dequeue());
        }

        most.Reverse();
        return most;
    }

    /// <summary>Orders counts worst first: lower count, then higher id.</summary>
    private sealed class Worst : IComparer<(int Count, int Id)>
    {
        public static Worst Instance { get; } = new();

        public int Compare((int Count, int Id) x, (int Count, int Id) y) =>
            x.Count != y.Count ? x.Count.CompareTo(y.Count) : y.Id.CompareTo(x.Id);
    }
}
