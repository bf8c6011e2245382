using TriviaApi.Domain;
using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>Brings a fact's links to people, films, characters and tags in line with what extraction found in it.</summary>
internal static class FactLinks
{
    /// <summary>Returns whether any link changed; people whose links changed join <paramref name="touchedPeople"/>.</summary>
    public static bool Sync(TriviaFact fact, FactMentions mentions, IReadOnlyList<Film> films, EntityIndex entities,
        IReadOnlyDictionary<string, int> tags, ImportReport report, ISet<Person> touchedPeople)
    {
        var people = new Dictionary<Person, List<string>>();
        foreach (var mention in mentions.People)
        {
            var person = entities.Person(mention.Name);
            var professions = people.TryGetValue(person, out var known) ? known : people[person] = [];
            professions.AddRange(mention.Professions.Except(professions));
        }

        var characters = mentions.Characters
            .Select(c => entities.Character(c.Name, c.Film is null ? null : entities.Film(c.Film), c.ActorName is null ? null : entities.Person(c.ActorName)))
            .Distinct()
            .ToList();
        var tagIds = mentions.TagSlugs.Select(slug => tags[slug]).ToList();

        var changed = false;
        foreach (var link in fact.People.Where(l => !people.TryGetValue(l.Person, out var p) || !p.SequenceEqual(l.Professions)).ToList())
        {
            fact.People.Remove(link);
            touchedPeople.Add(link.Person);
            changed = true;
        }

        foreach (var (person, professions) in people.Where(p => !fact.People.Any(l => l.Person == p.Key)))
        {
            fact.People.Add(new FactPerson { Person = person, Professions = professions });
            touchedPeople.Add(person);
            changed = true;
        }

        changed |= SyncSet(fact.Films, films, l => l.Film, f => new FactFilm { Film = f });
        changed |= SyncSet(fact.Characters, characters, l => l.Character, c => new FactCharacter { Character = c });
        changed |= SyncSet(fact.Tags, tagIds, l => l.TagId, id => new FactTag { TagId = id }, report.TagAssignments);
        return changed;
    }

    private static bool SyncSet<TLink, TTarget>(List<TLink> links, IReadOnlyCollection<TTarget> wanted, Func<TLink, TTarget> target,
        Func<TTarget, TLink> create, ChangeCount? count = null)
        where TTarget : notnull
    {
        var removed = links.RemoveAll(l => !wanted.Contains(target(l)));
        var missing = wanted.Distinct().Where(w => !links.Any(l => EqualityComparer<TTarget>.Default.Equals(target(l), w))).ToList();
        links.AddRange(missing.Select(create));
        if (count is not null)
        {
            count.Added += missing.Count;
            count.Removed += removed;
        }

        return removed + missing.Count > 0;
    }
}
