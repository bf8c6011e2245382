using TriviaApi.Domain;

namespace TriviaApi.Importing;

/// <summary>
/// Brings an existing fact's links to people, films, characters and tags in line with what extraction found in it.
/// Links are compared and made by key (every target has its id, see <see cref="FactTargets"/>): the targets stay
/// untracked.
/// </summary>
internal static class FactLinks
{
    /// <summary>Returns whether any link changed; people whose links changed join <paramref name="touched"/>.</summary>
    public static bool Sync(TriviaFact fact, FactTargets targets, ImportReport report, TouchedPeople touched)
    {
        var changed = false;
        foreach (var link in fact.People.Where(l => !targets.People.Any(p => p.Key.Id == l.PersonId && p.Value.SequenceEqual(l.Professions))).ToList())
        {
            fact.People.Remove(link);
            touched.Add(link.PersonId);
            changed = true;
        }

        var linked = fact.People.Select(l => l.PersonId).ToHashSet();
        foreach (var (person, professions) in targets.People.Where(p => !linked.Contains(p.Key.Id)))
        {
            fact.People.Add(new FactPerson { PersonId = person.Id, Professions = professions });
            touched.Add(person);
            changed = true;
        }

        changed |= SyncSet(fact.Films, targets.Films, l => l.FilmId, f => f.Id, f => new FactFilm { FilmId = f.Id });
        changed |= SyncSet(fact.Characters, targets.Characters, l => l.CharacterId, c => c.Id, c => new FactCharacter { CharacterId = c.Id });
        changed |= SyncSet(fact.Tags, targets.Tags, l => l.TagId, t => t.Id, t => new FactTag { TagId = t.Id }, report.TagAssignments);
        return changed;
    }

    private static bool SyncSet<TLink, TTarget>(List<TLink> links, IReadOnlyCollection<TTarget> wanted, Func<TLink, int> linkKey, Func<TTarget, int> key,
        Func<TTarget, TLink> create, ChangeCount? count = null)
    {
        var wantedKeys = wanted.Select(key).ToHashSet();
        var removed = links.RemoveAll(l => !wantedKeys.Contains(linkKey(l)));
        var linked = links.Select(linkKey).ToHashSet();
        var missing = wanted.Where(w => !linked.Contains(key(w))).ToList();
        links.AddRange(missing.Select(create));
        if (count is not null)
        {
            count.Added += missing.Count;
            count.Removed += removed;
        }

        return removed + missing.Count > 0;
    }
}
