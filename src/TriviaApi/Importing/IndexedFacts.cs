using TriviaApi.Domain;
using TriviaApi.Search.Index;

namespace TriviaApi.Importing;

/// <summary>A fact the import adds, as the search index holds it, from the entities the import has in hand (the same fields <see cref="IndexedRows"/> reads from the database).</summary>
internal static class IndexedFacts
{
    public static IndexedFact Of(int factId, string text, Film subject, FactTargets targets)
    {
        var names = new List<string>(2 + targets.People.Count + (2 * targets.Films.Count) + targets.Characters.Count + (2 * targets.Tags.Count));
        Add(names, subject.Title);
        Add(names, subject.OriginalTitle);
        var people = new List<int>(targets.People.Count);
        foreach (var person in targets.People.Keys)
        {
            Add(names, person.Name);
            people.Add(person.Id);
        }

        var films = new List<int>(targets.Films.Count);
        foreach (var film in targets.Films)
        {
            Add(names, film.Title);
            Add(names, film.OriginalTitle);
            films.Add(film.Id);
        }

        foreach (var character in targets.Characters)
        {
            Add(names, character.Name);
        }

        var tags = new List<int>(targets.Tags.Count);
        foreach (var tag in targets.Tags)
        {
            Add(names, tag.NamePt);
            Add(names, tag.NameEn);
            tags.Add(tag.Id);
        }

        return new IndexedFact(factId, text, subject.Id, subject.Year, names, people, films, tags);
    }

    private static void Add(List<string> names, string? name)
    {
        if (!string.IsNullOrEmpty(name))
        {
            names.Add(name);
        }
    }
}
