using TriviaApi.Domain;
using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>
/// Brings a fact's links to people, films, characters and tags in line with what extraction found in it. Links are
/// compared by key: a film, person or character created by this import (id 0 until saved) is never linked yet.
/// </summary>
internal static class FactLinks
{
    /// <summary>Returns whether any link changed; people whose links changed join <paramref name="touched"/>.</summary>
    public static bool Sync(TriviaFact fact, FactMentions mentions, IReadOnlyList<Film> films, EntityIndex entities,
        IReadOnlyDictionary<string, int> tags, ImportReport report, TouchedPeople touched)
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

        var changed = false;
        foreach (var link in fact.People.Where(l => !people.Any(p => p.Key.Id == l.PersonId && p.Value.SequenceEqual(l.Professions))).ToList())
        {
            fact.People.Remove(link);
            touched.Add(link.PersonId);
            changed = true;
        }

        var linked = fact.People.Select(l => l.PersonId).ToHashSet();
        foreach (var (person, professions) in people.Where(p => p.Key.Id == 0 || !linked.Contains(p.Key.Id)))
        {
            fact.People.Add(new FactPerson { Person = person, Professions = professions });
            touched.Add(person);
            changed = true;
        }

        changed |= SyncSet(fact.Films, films, l => l.FilmId, f => f.Id, f => new FactFilm { Film = f });
        changed |= SyncSet(fact.Characters, characters, l => l.CharacterId, c => c.Id, c => new FactCharacter { Character = c });
        changed |= SyncSet(fact.Tags, mentions.TagSlugs.Select(slug => tags[slug]).ToList(), l => l.TagId, id => id, id => new FactTag { TagId = id }, report.TagAssignments);
        return changed;
    }

    private static bool SyncSet<TLink, TTarget>(List<TLink> links, IReadOnlyCollection<TTarget> wanted, Func<TLink, int> linkKey, Func<TTarget, int> key,
        Func<TTarget, TLink> create, ChangeCount? count = null)
    {
        var wantedKeys = wanted.Select(key).ToHashSet();
        var removed = links.RemoveAll(l => !wantedKeys.Contains(linkKey(l)));
        var linked = links.Select(linkKey).ToHashSet();
        var missing = wanted.Distinct().Where(w => key(w) == 0 || !linked.Contains(key(w))).ToList();
        links.AddRange(missing.Select(create));
        if (count is not null)
        {
            count.Added += missing.Count;
            count.Removed += removed;
        }

        return removed + missing.Count > 0;
    }
}
