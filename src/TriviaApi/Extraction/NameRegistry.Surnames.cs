namespace TriviaApi.Extraction;

/// <summary>A name alone ("Gosling"): whose surname it is.</summary>
internal sealed partial class NameRegistry
{
    private static readonly List<(int Line, NameRun Run)> NoFullNames = [];
    private Dictionary<string, List<(int Line, NameRun Run)>>? _fullNamesBySurname;

    /// <summary>
    /// A surname alone is the person of that name in the same fact, else the one the manifest credits, else the
    /// one named in the nearest fact (the earlier of two as near).
    /// </summary>
    private string? PersonBySurname(string surname, int line)
    {
        return FullNameWithSurname(line, surname) ?? FirstEndingWith(_manifestPeople, surname) ?? NearestFullNameWithSurname(surname, line);
    }

    // Loops, not lambdas: every name run asks for its person, and a lambda would cost each question a closure.
    private static string? FirstEndingWith(IEnumerable<string> names, string key)
    {
        foreach (var name in names)
        {
            if (EndsWithName(name, key))
            {
                return name;
            }
        }

        return null;
    }

    private string? NearestFullNameWithSurname(string surname, int line)
    {
        string? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var (at, run) in FullNamesEndingWith(surname))
        {
            if (Math.Abs(at - line) < nearestDistance && _people.ContainsKey(run.Key))
            {
                (nearest, nearestDistance) = (run.Key, Math.Abs(at - line));
            }
        }

        return nearest;
    }

    private static readonly HashSet<string> GenerationSuffixes = ["filho", "junior", "jr", "neto", "sobrinho", "segundo"];

    /// <summary>
    /// "Pereira dos Santos" is Nelson Pereira dos Santos: a name of two words or more that ends a longer person's name;
    /// "Kleber Mendonça" is Kleber Mendonça Filho, a longer name but for the suffix of a generation.
    /// </summary>
    private string? PersonByTail(string key) =>
        key.Contains(' ') ? PersonEndingWith(key) ?? PersonOfALaterGeneration(key) : null;

    private string? PersonEndingWith(string key)
    {
        foreach (var person in _people.WithLastWordOf(key))
        {
            if (EndsWithName(person, key))
            {
                return person;
            }
        }

        return null;
    }

    private string? PersonOfALaterGeneration(string key)
    {
        foreach (var person in _people.WithFirstWordOf(key))
        {
            if (StartsWithName(person, key) && GenerationSuffixes.Contains(person[(key.Length + 1)..]))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>"João Acácio" is João Acácio Pereira da Costa: a given name and more that open one longer person's name.</summary>
    private string? PersonByHead(string key)
    {
        if (!key.Contains(' ') || !GivenNames.Contains(key.AsSpan(0, key.IndexOf(' '))))
        {
            return null;
        }

        // A loop, not LINQ: asked of every person of the file, and of every full name no one else's.
        string? longer = null;
        foreach (var person in _people.WithFirstWordOf(key))
        {
            if (StartsWithName(person, key))
            {
                if (longer is not null)
                {
                    return null;
                }

                longer = person;
            }
        }

        return longer;
    }

    /// <summary>Once people and characters are known, a person's name that opens one longer person's name is that person.</summary>
    private void MergeHeadsIntoLongerNames()
    {
        foreach (var key in _people.Keys.Where(k => !_manifestPeople.Contains(k)).ToList())
        {
            if (PersonByHead(key) is not null)
            {
                _people.Remove(key);
            }
        }
    }

    private string? FullNameWithSurname(int line, string surname)
    {
        foreach (var (at, run) in FullNamesEndingWith(surname))
        {
            if (at == line && _people.ContainsKey(run.Key))
            {
                return run.Key;
            }
        }

        return null;
    }

    /// <summary>
    /// The file's runs of two words or more that end with the surname, in the file's order: looked up, so that a
    /// surname costs the names that end with it, not a walk over every fact of the file.
    /// </summary>
    private List<(int Line, NameRun Run)> FullNamesEndingWith(string surname)
    {
        if (_fullNamesBySurname is null)
        {
            _fullNamesBySurname = [];
            for (var line = 0; line < _runs.Count; line++)
            {
                foreach (var run in _runs[line])
                {
                    if (run.WordCount >= 2)
                    {
                        if (!_fullNamesBySurname.TryGetValue(run.LastWordKey, out var withSurname))
                        {
                            _fullNamesBySurname.Add(run.LastWordKey, withSurname = []);
                        }

                        withSurname.Add((line, run));
                    }
                }
            }
        }

        return _fullNamesBySurname.GetValueOrDefault(surname) ?? NoFullNames;
    }
}
