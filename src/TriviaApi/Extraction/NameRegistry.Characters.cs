using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Which character a name is: one the manifest credits or one a fact cued, its actor and its film. Apart from the
/// people because characters are looked up by first and family names on their own terms.
/// </summary>
internal sealed partial class NameRegistry
{
    private CharacterMention? CharacterFor(NameRun run) =>
        ManifestCharacter(run) is { } credit ? new CharacterMention(credit.Character!, _subject.AsMention(), credit.Person)
        : FileCharacter(run);

    private CharacterMention? FileCharacter(NameRun run) =>
        _characters.GetValueOrDefault(run.Key) ?? (run.WordCount == 1 ? CharacterByFirstName(run.Key)
            : run.Cue == CharacterCue.None && run.Professions.Count == 0 && !_manifestPeople.Contains(run.Key) ? CharacterOpenedBy(run.Key) : null);

    /// <summary>"Rei Leo" after "Rei Leo Ferraz" was played: the opening words of a character's longer name, uncued, are that character.</summary>
    private CharacterMention? CharacterOpenedBy(string name)
    {
        foreach (var (key, character) in _characters)
        {
            if (StartsWithName(key, name))
            {
                return character;
            }
        }

        return null;
    }

    // A loop, not a lambda: every name run asks FileCharacter in many places.
    private CharacterMention? CharacterByFirstName(string name)
    {
        foreach (var (key, character) in _characters)
        {
            if (FirstWordIs(key, name))
            {
                return character;
            }
        }

        return null;
    }

    /// <summary>
    /// A character the manifest credits, by its full name or, for a name alone, by its first name ("Eunice") or by a
    /// family name no credited person bears ("Munny").
    /// </summary>
    private SubjectCredit? ManifestCharacter(NameRun run) =>
        _manifestCharacters.Count == 0 ? null
        : _manifestCharacters.GetValueOrDefault(run.Key) is { } credit ? credit
        : run.WordCount == 1 ? ManifestCharacterOfOneName(run.Key) : null;

    // Loops, not lambdas: every name alone asks, in many places, and a lambda would cost each question a closure.
    private SubjectCredit? ManifestCharacterOfOneName(string name)
    {
        SubjectCredit? byFamilyName = null;
        var endingWithName = 0;
        foreach (var (key, credit) in _manifestCharacters)
        {
            if (FirstWordIs(key, name))
            {
                return credit;
            }

            if (endingWithName < 2 && EndsWithName(key, name))
            {
                byFamilyName ??= credit;
                endingWithName++;
            }
        }

        return endingWithName == 1 && !IsTheLastWordOfAManifestPerson(name) ? byFamilyName : null;
    }

    private bool IsTheLastWordOfAManifestPerson(string name)
    {
        foreach (var person in _manifestPeople)
        {
            if (person.AsSpan(person.LastIndexOf(' ') + 1).SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    private string? ActorOf(NameRun run, int line) =>
        run.Actor is null ? null
        : run.Actor.WordCount >= 2 ? _people.GetValueOrDefault(run.Actor.Key, run.Actor.Text)
        : PersonBySurname(run.Actor.Key, line) is { } key ? _people[key] : null;

    /// <summary>
    /// The film a character belongs to: the one written after it ("em ..."), else one whose title holds its name
    /// ("a Macabéa" of "A Hora da Estrela"), else, for a role or a cast-list pair, the subject, when the fact names no other work.
    /// </summary>
    private FilmMention? FilmOf(NameRun run, IReadOnlyList<FilmSpan> films, IReadOnlyList<Token> tokens)
    {
        if (run.FilmAfter is { } after)
        {
            return after.Film;
        }

        var titled = films.FirstOrDefault(f => $" {TextFolding.MatchKey(f.Film.Title)} ".Contains($" {run.Key} ", StringComparison.Ordinal));
        if (titled is not null)
        {
            return titled.Film;
        }

        var ofTheSubject = run.Cue is CharacterCue.Role or CharacterCue.RoleOf or CharacterCue.Credited;
        return ofTheSubject && films.All(f => f.IsSubject) && !NamesAnotherWork(run, tokens) ? _subject.AsMention() : null;
    }

    /// <summary>"Carmen em Cabaret", "Jameson, na trilogia do Homem-Aranha": the role is from a work that is not a dated film.</summary>
    private static bool NamesAnotherWork(NameRun run, IReadOnlyList<Token> tokens)
    {
        var next = run.Last + 1;
        if (next < tokens.Count && tokens[next].Is(","))
        {
            next++;
        }

        return next + 1 < tokens.Count
            && tokens[next].Folded is "em" or "na" or "no" or "de" or "da" or "do"
            && (tokens[next + 1].IsCapitalizedWord || Lexicon.WorkNouns.Contains(tokens[next + 1].Folded));
    }
}
