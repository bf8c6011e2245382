using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// The people and characters of one trivia file, known from the manifest and from full names anywhere in it,
/// so that each fact's name runs resolve to one of them: "Stone" to Emma Stone, "Mia" to the character.
/// </summary>
internal sealed class NameRegistry
{
    private readonly SubjectFilm _subject;
    private readonly IReadOnlyList<List<NameRun>> _runs;
    private readonly Dictionary<string, string> _people = [];
    private readonly Dictionary<string, SubjectCredit> _manifestCharacters = [];
    private readonly HashSet<string> _manifestPeople = [];
    private readonly Dictionary<string, CharacterMention> _characters = [];
    private readonly Dictionary<NameRun, CharacterMention> _resolvedCharacters = [];

    public NameRegistry(SubjectFilm subject, IReadOnlyList<List<NameRun>> runs)
    {
        _subject = subject;
        _runs = runs;
        foreach (var credit in subject.Credits)
        {
            _people.TryAdd(TextFolding.MatchKey(credit.Person), credit.Person);
            _manifestPeople.Add(TextFolding.MatchKey(credit.Person));
            if (credit.Character is { } character)
            {
                _manifestCharacters.TryAdd(TextFolding.MatchKey(character), credit);
            }
        }

        // A full name counts as a person when some fact uses it without a character cue or an article.
        foreach (var run in runs.SelectMany(r => r).Where(r => r.WordCount >= 2 && r.Cue == CharacterCue.None && !r.HasArticleBefore))
        {
            if (!_manifestCharacters.ContainsKey(run.Key))
            {
                _people.TryAdd(run.Key, run.Text);
            }
        }
    }

    public IReadOnlyList<PersonMention> PeopleIn(int line)
    {
        var people = new Dictionary<string, List<string>>();
        foreach (var run in _runs[line].Where(r => !IsCharacter(r)))
        {
            var key = run.WordCount >= 2 ? (_people.ContainsKey(run.Key) ? run.Key : null) : PersonBySurname(run.Key, line);
            if (key is null)
            {
                continue;
            }

            var professions = people.TryGetValue(key, out var known) ? known : people[key] = [];
            professions.AddRange(run.Professions.Except(professions));
        }

        return people.Select(p => new PersonMention(_people[p.Key], p.Value)).ToList();
    }

    public IReadOnlyList<CharacterMention> CharactersIn(int line, IReadOnlyList<FilmSpan> films, IReadOnlyList<Token> tokens) =>
        _runs[line]
            .Select(run => ResolveCharacter(run, line, films, tokens))
            .OfType<CharacterMention>()
            .DistinctBy(c => (TextFolding.MatchKey(c.Name), c.Film))
            .ToList();

    private bool IsCharacter(NameRun run) =>
        (run.Cue != CharacterCue.None && !_people.ContainsKey(run.Key))
        || _manifestCharacters.ContainsKey(run.Key)
        || (run.WordCount == 1 && _manifestCharacters.Keys.Any(k => k.Split(' ')[0] == run.Key))
        || _characters.ContainsKey(run.Key);

    private CharacterMention? ResolveCharacter(NameRun run, int line, IReadOnlyList<FilmSpan> films, IReadOnlyList<Token> tokens)
    {
        if (_resolvedCharacters.TryGetValue(run, out var resolved))
        {
            return resolved;
        }

        var credit = _manifestCharacters.GetValueOrDefault(run.Key)
            ?? (run.WordCount == 1 ? _manifestCharacters.FirstOrDefault(c => c.Key.Split(' ')[0] == run.Key).Value : null);
        CharacterMention? character = null;
        if (credit is not null)
        {
            character = new CharacterMention(credit.Character!, _subject.AsMention(), credit.Person);
        }
        else if (run.Cue != CharacterCue.None && !_people.ContainsKey(run.Key))
        {
            var actor = run.Actor is null ? null
                : run.Actor.WordCount >= 2 ? _people.GetValueOrDefault(run.Actor.Key, run.Actor.Text)
                : PersonBySurname(run.Actor.Key, line) is { } surnameKey ? _people[surnameKey] : null;
            character = new CharacterMention(run.Text, FilmOf(run, films, tokens), actor);
            _characters.TryAdd(run.Key, character);
        }
        else if (_characters.TryGetValue(run.Key, out var named))
        {
            character = named;
        }

        if (character is not null)
        {
            _resolvedCharacters[run] = character;
        }

        return character;
    }

    /// <summary>
    /// The film a character belongs to: the one written after it ("em ..."), else one whose title holds its name
    /// ("a Fera" of "A Bela e a Fera"), else the subject, when the fact names no other film or work.
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

        var namesAWork = run.Last + 2 < tokens.Count && tokens[run.Last + 1].Folded is "em" or "de" && tokens[run.Last + 2].IsCapitalizedWord;
        return films.All(f => f.IsSubject) && !namesAWork ? _subject.AsMention() : null;
    }

    /// <summary>A surname alone is the person of that name in the same fact, else the nearest fact, else the manifest.</summary>
    private string? PersonBySurname(string surname, int line)
    {
        var byDistance = Enumerable.Range(0, _runs.Count).OrderBy(i => Math.Abs(i - line)).ThenByDescending(i => i < line);
        foreach (var i in byDistance)
        {
            var match = _runs[i].FirstOrDefault(r => r.WordCount >= 2 && r.LastWordKey == surname && _people.ContainsKey(r.Key));
            if (match is not null)
            {
                return match.Key;
            }
        }

        return _manifestPeople.FirstOrDefault(k => k.EndsWith(" " + surname, StringComparison.Ordinal));
    }
}
