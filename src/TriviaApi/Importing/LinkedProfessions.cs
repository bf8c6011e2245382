namespace TriviaApi.Importing;

/// <summary>
/// The professions an import's new facts give each person, gathered as their links are written. When the database
/// held no facts before the import, those links are all the links there are, and a person's professions can be
/// derived from this rather than read back from the links table, whose rows for one person lie all over it.
/// </summary>
internal sealed class LinkedProfessions
{
    private readonly Dictionary<int, HashSet<string>> _byPerson = [];

    public void Add(FactTargets targets)
    {
        foreach (var (person, professions) in targets.People)
        {
            if (!_byPerson.TryGetValue(person.Id, out var known))
            {
                _byPerson[person.Id] = known = [];
            }

            known.UnionWith(professions);
        }
    }

    /// <summary>Each profession the links give each of <paramref name="personIds"/>, once per person.</summary>
    public IEnumerable<(int PersonId, string Profession)> Of(IEnumerable<int> personIds)
    {
        foreach (var id in personIds)
        {
            if (_byPerson.TryGetValue(id, out var professions))
            {
                foreach (var profession in professions)
                {
                    yield return (id, profession);
                }
            }
        }
    }
}
