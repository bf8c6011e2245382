using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Importing;

/// <summary>Fields kept on entities for fast reads but derived from links: a person's professions, trivia counts.</summary>
internal static class DerivedFields
{
    /// <summary>Every topic's and person's count of facts, recounted from the links in two statements.</summary>
    public static async Task RefreshTriviaCountsAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        await db.Tags.ExecuteUpdateAsync(s => s.SetProperty(t => t.TriviaCount, t => db.FactTags.Count(m => m.TagId == t.Id)), cancellationToken);
        await db.People.ExecuteUpdateAsync(s => s.SetProperty(p => p.TriviaCount, p => db.FactPeople.Count(m => m.PersonId == p.Id)), cancellationToken);
    }

    /// <summary>
    /// A person's professions are those their credits and the facts naming them give, in alphabetical order. Those
    /// the facts give are read from the links, or taken from <paramref name="linked"/> when it holds every link.
    /// </summary>
    public static async Task RefreshProfessionsAsync(TriviaDbContext db, IReadOnlyCollection<int> personIds, LinkedProfessions? linked, CancellationToken cancellationToken)
    {
        foreach (var ids in personIds.Chunk(500))
        {
            var fromFacts = linked?.Of(ids) ?? await FromLinksAsync(db, ids, cancellationToken);
            var fromCredits = await db.Credits.Where(c => ids.Contains(c.PersonId)).Select(c => new { c.PersonId, c.Role }).ToListAsync(cancellationToken);
            var professions = fromFacts
                .Concat(fromCredits.Select(c => (c.PersonId, Profession: c.Role)))
                .ToLookup(p => p.PersonId, p => p.Profession);

            foreach (var person in await db.People.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken))
            {
                var current = professions[person.Id].Distinct().Order(StringComparer.Ordinal).ToList();
                if (!current.SequenceEqual(person.Professions))
                {
                    person.Professions = current;
                }
            }
        }
    }

    private static async Task<IEnumerable<(int PersonId, string Profession)>> FromLinksAsync(TriviaDbContext db, int[] ids, CancellationToken cancellationToken)
    {
        // Distinct in SQL: a person named in a hundred thousand facts has a handful of different lists.
        var links = await db.FactPeople.Where(m => ids.Contains(m.PersonId)).Select(m => new { m.PersonId, m.Professions }).Distinct().ToListAsync(cancellationToken);
        return links.SelectMany(m => m.Professions.Select(p => (m.PersonId, Profession: p)));
    }
}
