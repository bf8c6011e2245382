namespace TriviaApi.Extraction;

/// <summary>Full names the file uses as people's that the story claims for its characters.</summary>
internal sealed partial class NameRegistry
{
    /// <summary>
    /// A full name the file uses as a person's is a character's when nothing says it is a person's (no profession,
    /// actor's place or manifest credit) and the story claims it: its first name was played ("Calderón disputou o
    /// papel de Jules" makes "Jules Winnfield" the character), it carries the family name of a character ("Vito
    /// Corleone" played makes "Connie Corleone" one), or the subject's title names it ("Marcos Valente: A Volta").
    /// </summary>
    private void TakeFullNamesOfCharacters(List<NameRun> runs, HashSet<string> listedBesidePeople, HashSet<string> relativesOfPeople)
    {
        // Loops, not LINQ: every file asks, and most of its names are looked at.
        var actors = new HashSet<string>();
        var surnamesAlone = new HashSet<string>();
        // Each person's full name with the runs that use it, in the order the file first uses them.
        var named = new List<List<NameRun>>();
        var usesOf = new Dictionary<string, List<NameRun>>();
        foreach (var run in runs)
        {
            if (run.Actor is { } actor)
            {
                actors.Add(actor.Key);
            }

            if (run.WordCount == 1)
            {
                surnamesAlone.Add(run.Key);
            }
            else if (run.WordCount >= 2 && _people.ContainsKey(run.Key))
            {
                if (!usesOf.TryGetValue(run.Key, out var uses))
                {
                    usesOf.Add(run.Key, uses = []);
                    named.Add(uses);
                }

                uses.Add(run);
            }
        }

        // Only the subject's families: "Kathy Bates" in a file that mentions Norman Bates of Psicose is no Bates of his.
        // The first character of a family stands for it.
        var families = new Dictionary<string, CharacterMention>();
        foreach (var (key, character) in _characters)
        {
            if (key.Contains(' ') && !Lexicon.CharacterTitles.Contains(FirstWord(key)) && (character.Film is null || character.Film.Title == _subject.Title))
            {
                families.TryAdd(FamilyKey(character.Name), character);
            }
        }

        // "John Lasseter" and "John Ratzenberger" after "dão voz a John": a first name that opens several full names is
        // no clue to which one the role is. Nor is it for a name whose surname the file uses alone, as it does people's.
        // "Otávio Lemos" and "Otávio Lemos Prates" are one name, the shorter opening the longer.
        // Whether a key opens a longer one (StartsWithName) from each key's openings at its spaces, gathered once, not
        // from every pair of keys.
        var openings = new HashSet<string>();
        foreach (var uses in named)
        {
            var key = uses[0].Key;
            for (var space = key.IndexOf(' '); space >= 0; space = key.IndexOf(' ', space + 1))
            {
                openings.Add(key[..space]);
            }
        }

        var firstNames = new Dictionary<string, int>();
        foreach (var uses in named)
        {
            if (!openings.Contains(uses[0].Key))
            {
                var first = FirstWord(uses[0].Key);
                firstNames[first] = firstNames.GetValueOrDefault(first) + 1;
            }
        }

        var taken = new HashSet<string>();
        foreach (var uses in named)
        {
            var key = uses[0].Key;
            if (_manifestPeople.Contains(key) || actors.Contains(key) || relativesOfPeople.Contains(key)
                || uses.Exists(r => r.Professions.Count > 0 || r.InspiredACharacter || r.PlaysARole || r.TradeSetOffAfter))
            {
                continue;
            }

            if (_characters.ContainsKey(key))
            {
                // Already a character's other name ("Hans Landa" of "Coronel Hans Landa").
                _people.Remove(key);
                continue;
            }

            var first = FirstWord(key);
            // "pensou em Jane Fonda e Tuesday Weld": a name listed with people is one of them, whoever shares its first name.
            var byFirstName = firstNames.GetValueOrDefault(first) <= 1 && !surnamesAlone.Contains(uses[0].LastWordKey) && !listedBesidePeople.Contains(key);
            var character = byFirstName && _characters.GetValueOrDefault(first) is { } played ? played
                : families.Count > 0 && families.GetValueOrDefault(FamilyKey(uses[0].Text)) is { } relative ? relative with { ActorName = null }
                : NamedByTheSubjectsTitle(key) ? new CharacterMention("", _subject.AsMention(), null)
                : null;
            if (character is null)
            {
                continue;
            }

            _people.Remove(key);
            _characters[key] = character with { Name = uses[0].Text };
            if (_characters.ContainsKey(first))
            {
                taken.Add(first);
            }
        }

        // The first name alone now means the first full name that took it ("Rose" and "Rose Dawson Calvert" are one).
        foreach (var first in taken)
        {
            _characters.Remove(first);
        }
    }

    /// <summary>"Marcos Valente: A Volta": the subject's title holds the name as whole words.</summary>
    private bool NamedByTheSubjectsTitle(string key)
    {
        foreach (var title in _subjectTitleKeys)
        {
            for (var at = title.IndexOf(key, StringComparison.Ordinal); at >= 0; at = title.IndexOf(key, at + 1, StringComparison.Ordinal))
            {
                if ((at == 0 || title[at - 1] == ' ') && (at + key.Length == title.Length || title[at + key.Length] == ' '))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The names some fact lists right beside a person's, with only commas or "e" between.</summary>
    private HashSet<string> ListedBesidePeople(IReadOnlyList<IReadOnlyList<Token>> tokens)
    {
        var listed = new HashSet<string>();
        for (var line = 0; line < _runs.Count; line++)
        {
            var runs = _runs[line];
            for (var i = 1; i < runs.Count; i++)
            {
                if (!CharacterCueReader.OnlyListSeparatorsBetween(tokens[line], runs[i - 1], runs[i]))
                {
                    continue;
                }

                if (_people.ContainsKey(runs[i - 1].Key))
                {
                    listed.Add(runs[i].Key);
                }

                if (_people.ContainsKey(runs[i].Key))
                {
                    listed.Add(runs[i - 1].Key);
                }
            }
        }

        return listed;
    }
}
