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
    /// <summary>Finds or creates the entities a fact's mentions name; <paramref name="films"/> are already resolved.</summary>
    public static FactTargets Resolve(FactMentions mentions, IReadOnlyList<Film> films, EntityIndex entities, IReadOnlyDictionary<string, Tag> tags)
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

        return new FactTargets(people, films.Distinct().ToList(), characters, mentions.TagSlugs.Select(slug => tags[slug]).Distinct().ToList());
    }
}
