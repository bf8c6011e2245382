namespace TriviaApi.Extraction;

/// <summary>A name alone ("Gosling"): whose surname it is.</summary>
internal sealed partial class NameRegistry
{
    /// <summary>
    /// A surname alone is the person of that name in the same fact, else the one the manifest credits, else the
    /// one named in the nearest fact.
    /// </summary>
    private string? PersonBySurname(string surname, int line)
    {
        var inFact = FullNameWithSurname(line, surname);
        var credited = _manifestPeople.FirstOrDefault(k => k.EndsWith(" " + surname, StringComparison.Ordinal));
        return inFact ?? credited ?? LinesOutFrom(line).Select(i => FullNameWithSurname(i, surname)).FirstOrDefault(key => key is not null);
    }

    /// <summary>The file's lines by distance from <paramref name="line"/>, the earlier first of two as near: no sort per surname.</summary>
    private IEnumerable<int> LinesOutFrom(int line)
    {
        yield return line;
        for (var distance = 1; distance < _runs.Count; distance++)
        {
            if (line - distance >= 0)
            {
                yield return line - distance;
            }

            if (line + distance < _runs.Count)
            {
                yield return line + distance;
            }
        }
    }

    private static readonly HashSet<string> GenerationSuffixes = ["filho", "junior", "jr", "neto", "sobrinho", "segundo"];

    /// <summary>
    /// "Pereira dos Santos" is Nelson Pereira dos Santos: a name of two words or more that ends a longer person's name;
    /// "Kleber Mendonça" is Kleber Mendonça Filho, a longer name but for the suffix of a generation.
    /// </summary>
    private string? PersonByTail(string key) =>
        key.Contains(' ')
            ? _people.Keys.FirstOrDefault(k => k.EndsWith(" " + key, StringComparison.Ordinal))
                ?? _people.Keys.FirstOrDefault(k => k.StartsWith(key + " ", StringComparison.Ordinal) && GenerationSuffixes.Contains(k[(key.Length + 1)..]))
            : null;

    private string? FullNameWithSurname(int line, string surname) =>
        _runs[line].FirstOrDefault(r => r.WordCount >= 2 && r.LastWordKey == surname && _people.ContainsKey(r.Key))?.Key;
}
