using TriviaApi.Domain;
using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>
/// What one fact links to, as entities: the people it names (with the professions it gives them), the films other
/// than its subject, the characters and the topics. Resolved for a whole file before any of its facts is written;
/// every film, person and character has its id from the moment it exists (see <see cref="NewEntityWriter"/>).
/// </summary>
internal sealed record FactTargets(
    IReadOnlyDictionary<Person, List<string>> People,
    IReadOnlyList<Film> Films,
    IReadOnlyList<Character> Characters,
    IReadOnlyList<Tag> Tags)
{
    /// <summary>Finds or creates the entities a fact's mentions name; <paramref name="films"/> are already resolved, each once.</summary>
    public static FactTargets Resolve(FactMentions mentions, IReadOnlyList<Film> films, EntityIndex entities, IReadOnlyDictionary<string, Tag> tags)
    {
        // Loops, not LINQ: an import resolves every fact's mentions on its one writing thread. Each list keeps the
        // order things are first named in, each thing once.
        var people = new Dictionary<Person, List<string>>(mentions.People.Count);
        foreach (var mention in mentions.People)
        {
            var person = entities.Person(mention.Name);
            if (!people.TryGetValue(person, out var professions))
            {
                people[person] = professions = new List<string>(mention.Professions.Count);
            }

            foreach (var profession in mention.Professions)
            {
                AddOnce(professions, profession);
            }
        }

        var characters = new List<Character>(mentions.Characters.Count);
        foreach (var c in mentions.Characters)
        {
            AddOnce(characters, entities.Character(c.Name, c.Film is null ? null : entities.Film(c.Film), c.ActorName is null ? null : entities.Person(c.ActorName)));
        }

        var topics = new List<Tag>(mentions.TagSlugs.Count);
        foreach (var slug in mentions.TagSlugs)
        {
            AddOnce(topics, tags[slug]);
        }

        return new FactTargets(people, films, characters, topics);
    }

    private static void AddOnce<T>(List<T> list, T item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }
}
