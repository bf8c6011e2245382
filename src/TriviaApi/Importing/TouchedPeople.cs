using TriviaApi.Domain;

namespace TriviaApi.Importing;

/// <summary>The people whose links or credits an import changed, so their derived professions can be refreshed.</summary>
internal sealed class TouchedPeople
{
    private readonly HashSet<Person> _people = [];
    private readonly HashSet<int> _ids = [];

    public void Add(Person person) => _people.Add(person);

    public void Add(int personId) => _ids.Add(personId);

    /// <summary>Their ids, once every one of them has been saved.</summary>
    public IReadOnlyCollection<int> Ids() => _ids.Concat(_people.Select(p => p.Id)).Where(id => id != 0).ToHashSet();
}
