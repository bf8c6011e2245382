using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// The people and characters of one trivia file, known from the manifest and from every fact in it, so that each
/// fact's name runs resolve to one of them: "Torres" to Fernanda Torres, "Eunice" to the character Eunice Paiva.
/// This file registers the file's people and holds the name keys every part uses; the files beside it hold cast
/// pairs, relatives, characters, surnames and the questions each fact asks.
/// </summary>
internal sealed partial class NameRegistry
{
    private readonly SubjectFilm _subject;
    private readonly string[] _subjectTitleKeys;
    private readonly IReadOnlyList<List<NameRun>> _runs;
    private readonly RegisteredPeople _people = new();
    private readonly HashSet<string> _manifestPeople = [];
    private readonly Dictionary<string, SubjectCredit> _manifestCharacters = [];
    private readonly Dictionary<string, CharacterMention> _characters = [];

    // subjectTitleKeys: the keys of the subject's title and original title, which the extractor made for the file's films.
    public NameRegistry(SubjectFilm subject, string[] subjectTitleKeys, IReadOnlyList<List<NameRun>> runs, IReadOnlyList<List<FilmSpan>> films, IReadOnlyList<IReadOnlyList<Token>> tokens)
    {
        _subject = subject;
        _subjectTitleKeys = subjectTitleKeys;
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

        var all = new List<(NameRun run, int line)>();
        for (var line = 0; line < runs.Count; line++)
        {
            foreach (var run in runs[line])
            {
                all.Add((run, line));
            }
        }

        var allRuns = all.ConvertAll(r => r.run);
        DropLinksToNobody(allRuns);
        ResolveCastPairs(allRuns);
        // A full name is a person's when some fact uses it as one, and no fact says it was played. The longest first:
        // "Pereira dos Santos" after "Nelson Pereira dos Santos" is the same man.
        // A name another fact writes with an article ("a Caravana Rolidei sabia") names a thing, unless a profession or
        // an actor's place says it is someone.
        // "Isabela Guasco faz Karina": a name of ordinary words is a person's where it plays a role.
        // The sets are gathered in one loop over the runs, not a LINQ chain for each: every file makes them.
        var (played, evidenced, actors) = (new HashSet<string>(), new HashSet<string>(_manifestPeople), new HashSet<string>());
        foreach (var (run, _) in all)
        {
            if (run.Cue is not (CharacterCue.None or CharacterCue.RoleOf) && !_manifestPeople.Contains(run.Key))
            {
                played.Add(run.Key);
            }

            if (run.Professions.Count > 0)
            {
                evidenced.Add(run.Key);
            }

            if (run.Actor is { } actor)
            {
                evidenced.Add(actor.Key);
                actors.Add(actor.Key);
            }
        }

        var things = new HashSet<string>();
        foreach (var (run, _) in all)
        {
            if (run.HasArticleBefore && run.Cue == CharacterCue.None && !evidenced.Contains(run.Key))
            {
                things.Add(run.Key);
            }
        }

        foreach (var (run, line) in all.Where(r => IsUsedAsPersonsName(r.run) || (IsFullNameWithoutCue(r.run) && actors.Contains(r.run.Key))).OrderByDescending(r => r.run.WordCount))
        {
            // A name already registered is passed over unasked: adding it again would change nothing.
            if (!_people.ContainsKey(run.Key) && !played.Contains(run.Key) && !things.Contains(run.Key) && ManifestCharacter(run) is null && PersonByTail(run.Key) is null && !ExtendsTheSubjectsTitle(run, tokens[line]))
            {
                _people.TryAdd(run.Key, run.Text);
            }
        }

        // "o cineasta Costa-Gavras": one name with a role noun before it is a person known by one name, when it is
        // nobody's surname, no played character's ("o senador Diaz" after "Porfírio Diaz" was played, "o poeta Zizo"
        // after "interpreta Zizo") and no ordinary word.
        var playedSurnames = played.Where(key => key.Contains(' ')).Select(LastWord).ToHashSet();
        foreach (var (run, line) in all.Where(r => r.run.WordCount == 1 && r.run.Professions.Count > 0 && r.run.Cue == CharacterCue.None && !r.run.HasArticleBefore))
        {
            if ((!OrdinaryWords.Contains(run.Key) || FollowsAnArticleAndARoleNoun(tokens[line], run)) && !playedSurnames.Contains(run.Key) && !played.Contains(run.Key) && PersonBySurname(run.Key, line) is null && !OpensAPersonsName(run.Key))
            {
                _people.TryAdd(run.Key, run.Text);
            }
        }

        // "com Renato Aragão, Dedé Santana, Mussum e Zacarias": one name listed beside people's full names is a person known
        // by one name, when it is no ordinary word, nobody's surname and no role.
        for (var line = 0; line < runs.Count; line++)
        {
            // A condition in the loop, not a Where with a closure per fact; each name is asked after those before it were added.
            foreach (var alone in runs[line])
            {
                if (IsPersonKnownByOneName(alone, line) && ListedBesideAPerson(runs[line], tokens[line], alone))
                {
                    _people.TryAdd(alone.Key, alone.Text);
                }
            }
        }

        // "Mestre Alípio ... é vivido por Macalé": one name given as the actor after the role is a person known by one
        // name, on the same terms. Not before it: "Welcome Back, Kotter, faz Billy Nolan" names a show.
        // So is one name listed as an actor under a label of the cast, even a word of the language: "Elenco: Madonna
        // (Eva Perón)".
        var actorsAfterTheirRoles = all.Where(r => r.run.Actor is { } actor && actor.First > r.run.Last).Select(r => r.run.Actor!).ToHashSet();
        foreach (var (run, line) in all.Where(r => r.run.WordCount == 1 && (actorsAfterTheirRoles.Contains(r.run) || r.run.ListedInACast) && !played.Contains(r.run.Key)))
        {
            if (IsPersonKnownByOneName(run, line, orAWord: run.ListedInACast))
            {
                _people.TryAdd(run.Key, run.Text);
            }
        }

        // Full names first, so that a first name alone ("o papel de Sonny") joins the character it begins.
        var cued = all.Where(r => r.run.Cue != CharacterCue.None && ManifestCharacter(r.run) is null && !IsPersonsName(r.run, r.line));
        foreach (var (run, line) in cued.OrderByDescending(r => r.run.WordCount))
        {
            if (FileCharacter(run) is not { } known)
            {
                _characters.Add(run.Key, new CharacterMention(run.Text, FilmOf(run, films[line], tokens[line]), ActorOf(run, line)));
            }
            else if (known.ActorName is null && ActorOf(run, line) is { } actor)
            {
                // "Leonora Cantarelli" under a label, then "Cláudia Abreu (Leonora)": the first name alone says who played her.
                var key = _characters.First(c => c.Value == known).Key;
                _characters[key] = known with { ActorName = actor };
            }
        }

        // "o Coronel Hans Landa" in one fact is "Hans Landa" in another, and "Xerife Woody" is "Woody".
        foreach (var (key, character) in _characters.Where(c => Lexicon.CharacterTitles.Contains(FirstWord(c.Key))).ToList())
        {
            _characters.TryAdd(key[(key.IndexOf(' ') + 1)..], character);
        }

        var relativesOfPeople = TakeRelativesOfCharacters(runs, tokens, evidenced);
        TakeFullNamesOfCharacters(allRuns, ListedBesidePeople(tokens), relativesOfPeople);
        MergeHeadsIntoLongerNames();
    }

    private bool IsPersonKnownByOneName(NameRun run, int line, bool orAWord = false) =>
        run.WordCount == 1 && run.Cue == CharacterCue.None && !run.HasArticleBefore && (orAWord || !OrdinaryWords.Contains(run.Key))
        && PersonBySurname(run.Key, line) is null && !OpensAPersonsName(run.Key) && ManifestCharacter(run) is null;

    // A loop, not a lambda: asked of every name alone, a lambda would cost each call a closure.
    private bool OpensAPersonsName(string key)
    {
        foreach (var person in _people.WithFirstWordOf(key))
        {
            if (StartsWithName(person, key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Renato Aragão, Dedé Santana, Mussum e Zacarias": after a person and a comma, with the list going on; or last,
    /// after "e", in a list of people of three or more.
    /// </summary>
    private bool ListedBesideAPerson(List<NameRun> runs, IReadOnlyList<Token> tokens, NameRun run)
    {
        bool Listed(int before, int after) => CharacterCueReader.OnlyListSeparatorsBetween(tokens, runs[before], runs[after]);
        bool IsPerson(int at) => runs[at].Cue == CharacterCue.None && _people.ContainsKey(runs[at].Key);
        bool CommaBefore(int at) => tokens[runs[at].First - 1].Is(",");
        var i = runs.IndexOf(run);
        return i >= 1 && IsPerson(i - 1) && Listed(i - 1, i)
            && (CommaBefore(i) ? i + 1 < runs.Count && Listed(i, i + 1) && tokens[run.Last + 1].Folded is "e" or ","
                : i >= 2 && IsPerson(i - 2) && Listed(i - 2, i - 1) && CommaBefore(i - 1));
    }

    /// <summary>"a cantora Madonna", "o sambista Cartola": after an article and a role noun, even an ordinary word is a name.</summary>
    private static bool FollowsAnArticleAndARoleNoun(IReadOnlyList<Token> tokens, NameRun run) =>
        run.First >= 2 && tokens[run.First - 1].IsLowercaseWord && Lexicon.IsRoleNoun(tokens[run.First - 1].Folded)
        && tokens[run.First - 2].IsLowercaseWord && tokens[run.First - 2].Folded is "o" or "a" or "ao" or "do" or "da" or "no" or "na" or "pelo" or "pela";

    /// <summary>"o personagem de Wagner Moura", "as falas de Brando": after a weak cue, a person's name is still the person.</summary>
    private bool IsPersonsName(NameRun run, int line) =>
        _people.ContainsKey(run.Key) || (run.Cue == CharacterCue.RoleOf && run.WordCount == 1 && PersonBySurname(run.Key, line) is not null);

    private static string LastWord(string key) => key[(key.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// The family a written name ends with, hyphens kept together: "Song Kang-ho" and "Baek Kwang-ho" share no family,
    /// though their keys both end in "ho".
    /// </summary>
    private static string FamilyKey(string name) => TextFolding.MatchKey(name[(name.LastIndexOf(' ') + 1)..]);

    private static string FirstWord(string key) => key.IndexOf(' ') is var space and >= 0 ? key[..space] : key;

    // FirstWord(key) == word, without cutting the key: asked of every character of the file for a name alone.
    private static bool FirstWordIs(string key, string word) =>
        !word.Contains(' ') && key.StartsWith(word, StringComparison.Ordinal) && (key.Length == word.Length || key[word.Length] == ' ');

    // Whether a key opens (or closes) a longer key at a space: "key + ' '" and "' ' + key" without making either string.
    private static bool StartsWithName(string longer, string key) =>
        longer.Length > key.Length && longer[key.Length] == ' ' && longer.StartsWith(key, StringComparison.Ordinal);

    private static bool EndsWithName(string longer, string key) =>
        longer.Length > key.Length && longer[longer.Length - key.Length - 1] == ' ' && longer.EndsWith(key, StringComparison.Ordinal);
}
