namespace TriviaApi.Extraction;

/// <summary>
/// The people and characters each fact names, with the cue of each: the questions asked of the registry once it
/// is built, apart from the building.
/// </summary>
internal sealed partial class NameRegistry
{
    /// <summary>The people a fact names, each with the cue of its first mention there.</summary>
    public IReadOnlyList<(PersonMention Person, string Cue)> PeopleIn(int line)
    {
        // Loops, not LINQ: every fact of an import asks. A fact names a few people: they are listed in the order first
        // named and looked up in the list, not in a dictionary made for each fact; the list is made at the size of the
        // fact's runs, which it never outgrows.
        if (_runs[line].Count == 0)
        {
            return [];
        }

        var people = new List<(string Key, List<string> Professions, string Cue)>(_runs[line].Count);
        foreach (var run in _runs[line])
        {
            if (CharacterFor(run) is not null)
            {
                continue;
            }

            var (key, cue) = run.WordCount >= 2 ? (_people.ContainsKey(run.Key) ? run.Key : PersonByTail(run.Key) ?? PersonByHead(run.Key), PersonCue(run))
                : PersonBySurname(run.Key, line) is { } full ? (full, $"surname of {_people[full]}")
                : _people.ContainsKey(run.Key) ? (run.Key, PersonCue(run))
                : (null, "");
            if (key is not null)
            {
                var professions = ProfessionsOf(people, key);
                if (professions is null)
                {
                    professions = [];
                    people.Add((key, professions, cue));
                }

                foreach (var profession in run.Professions)
                {
                    if (!professions.Contains(profession))
                    {
                        professions.Add(profession);
                    }
                }
            }
        }

        var mentions = new List<(PersonMention Person, string Cue)>(people.Count);
        foreach (var (key, professions, cue) in people)
        {
            mentions.Add((new PersonMention(_people[key], professions), cue));
        }

        return mentions;
    }

    private static List<string>? ProfessionsOf(List<(string Key, List<string> Professions, string Cue)> people, string key)
    {
        foreach (var person in people)
        {
            if (person.Key == key)
            {
                return person.Professions;
            }
        }

        return null;
    }

    /// <summary>The characters a fact names, each with the cue that made it one.</summary>
    public IReadOnlyList<(CharacterMention Character, string Cue)> CharactersIn(int line)
    {
        // Each character once, with the cue of its first run; loops, not LINQ: every fact of an import asks.
        var characters = new List<(CharacterMention Character, string Cue)>();
        foreach (var run in _runs[line])
        {
            if (CharacterFor(run) is { } character && !HasCharacter(characters, character))
            {
                characters.Add((character, CharacterCueOf(run)));
            }
        }

        return characters;
    }

    // A loop, not a lambda: a lambda would capture each character.
    private static bool HasCharacter(List<(CharacterMention Character, string Cue)> characters, CharacterMention character)
    {
        foreach (var (known, _) in characters)
        {
            if (known == character)
            {
                return true;
            }
        }

        return false;
    }

    private string PersonCue(NameRun run) =>
        run.Professions.Count > 0 ? $"profession \"{run.Professions[0]}\" before it"
        : run.CueText.Length > 0 ? $"actor of {run.CueText}"
        : _manifestPeople.Contains(run.Key) ? "manifest credit"
        : "full name with no role cue";

    private string CharacterCueOf(NameRun run) =>
        ManifestCharacter(run) is not null ? "manifest credit"
        : run.Cue != CharacterCue.None ? run.CueText
        : "named as a character in another fact";
}
