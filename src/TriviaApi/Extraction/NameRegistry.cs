using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// The people and characters of one trivia file, known from the manifest and from every fact in it, so that each
/// fact's name runs resolve to one of them: "Torres" to Fernanda Torres, "Eunice" to the character Eunice Paiva.
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

    public NameRegistry(SubjectFilm subject, IReadOnlyList<List<NameRun>> runs, IReadOnlyList<List<FilmSpan>> films, IReadOnlyList<IReadOnlyList<Token>> tokens)
    {
        _subject = subject;
        _subjectTitleKeys = new[] { subject.Title, subject.OriginalTitle }.OfType<string>().Select(TextFolding.MatchKey).ToArray();
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

    /// <summary>
    /// "Lee Soo-ah, irmã de Woo-jin", "Marta, a filha do Coronel Brandão": a name that a word of kinship or company
    /// ties to a character is a character of the same story, when nothing says it is a person. Between two people
    /// ("Sofia Coppola, filha de Francis Ford Coppola") nothing changes. Returns the names tied so to a person, whom
    /// a character's first name does not take ("Deneuve contracena com a irmã, Françoise Dorléac").
    /// </summary>
    private HashSet<string> TakeRelativesOfCharacters(IReadOnlyList<List<NameRun>> runs, IReadOnlyList<IReadOnlyList<Token>> tokens, HashSet<string> evidenced)
    {
        var relativesOfPeople = new HashSet<string>();
        for (var line = 0; line < runs.Count; line++)
        {
            // A pair takes two names: a fact with fewer is not read for one.
            if (runs[line].Count < 2)
            {
                continue;
            }

            foreach (var (one, other, eitherWay) in RelativePairs(runs[line], tokens[line]))
            {
                foreach (var (relative, known) in eitherWay ? new[] { (one, other), (other, one) } : [(one, other)])
                {
                    // A person something says is one: a trade, an actor's place, a credit; not an actor in a cast pair's parentheses.
                    var person = known.WordCount == 1 ? PersonBySurname(known.Key, line) ?? known.Key : known.Key;
                    if (CharacterFor(known) is null && evidenced.Contains(person) && !(known.First >= 1 && tokens[line][known.First - 1].Is("(")))
                    {
                        relativesOfPeople.Add(relative.Key);
                    }

                    if (CharacterFor(known) is { } character && CharacterFor(relative) is null && relative.Cue == CharacterCue.None
                        && relative.Professions.Count == 0 && !evidenced.Contains(relative.Key) && !_manifestPeople.Contains(relative.Key))
                    {
                        _characters[relative.Key] = new CharacterMention(relative.Text, character.Film, null);
                        _people.Remove(relative.Key);
                    }
                }
            }
        }

        return relativesOfPeople;
    }

    /// <summary>
    /// The runs of "X, [a] irmã de Y", "a irmã de Y, X" and "Y ... a irmã X": a name, a comma, a word of kinship or company, "de" and a
    /// name, maybe described ("filho do bruxo Adrian Marcato").
    /// </summary>
    private static IEnumerable<(NameRun One, NameRun Other, bool EitherWay)> RelativePairs(List<NameRun> runs, IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i < runs.Count; i++)
        {
            // "Sidney Prescott, ... da morte da mãe, Maureen Prescott": a relative set off after a bare word of kinship is
            // of the name before it.
            if (KinBefore(tokens, runs[i].First) && !SentenceStartsBetween(tokens, runs[i - 1], runs[i]))
            {
                yield return (runs[i], runs[i - 1], false);
            }
        }

        // "Zulmira teme a prima Glorinha": a name right after an article and a word of kinship is a relative of the
        // name before it in the sentence.
        for (var i = 1; i < runs.Count; i++)
        {
            if (IsNamedByKinship(tokens, runs[i].First) && !SentenceStartsBetween(tokens, runs[i - 1], runs[i]))
            {
                yield return (runs[i], runs[i - 1], false);
            }
        }

        foreach (var one in runs)
        {
            var at = one.Last + 1;
            if (at >= tokens.Count || !tokens[at].Is(","))
            {
                continue;
            }

            // "A esposa morta de Munny, Claudia Feathers, ...": the relative set off after whose relative she is.
            // Not "Vivinha, a mãe de Helena, Maria Gladys no papel de ...": there the kinship describes the name before it.
            if (IsRelativeOf(tokens, one.First) && CharacterCueReader.RunStartingAt(runs, at + 1) is { } setOff
                && setOff.Last + 1 < tokens.Count && tokens[setOff.Last + 1].Is(",") && !tokens.Take(one.First).Reverse().SkipWhile(t => t.IsLowercaseWord).FirstOrDefault()?.Is(",") == true)
            {
                yield return (setOff, one, true);
            }

            at += at + 1 < tokens.Count && tokens[at + 1].Folded is "o" or "a" or "um" or "uma" or "seu" or "sua" ? 2 : 1;
            // "Steven Marcato, filho do bruxo Adrian Marcato": after "do" or "da", a word may describe the relative.
            var described = at + 3 < tokens.Count && tokens[at + 1].Folded is "do" or "da" && tokens[at + 2].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[at + 2]) ? 1 : 0;
            if (at + 2 < tokens.Count && tokens[at].IsLowercaseWord && Lexicon.KinshipNouns.Contains(tokens[at].Folded) && tokens[at + 1].Folded is "de" or "do" or "da"
                && (CharacterCueReader.RunStartingAt(runs, at + 2) ?? (described > 0 ? CharacterCueReader.RunStartingAt(runs, at + 3) : null)) is { } other)
            {
                yield return (one, other, true);
            }
        }
    }

    // A loop, not a lambda over a range: asked of every pair of names, a lambda would cost each fact a closure.
    private static bool SentenceStartsBetween(IReadOnlyList<Token> tokens, NameRun before, NameRun after)
    {
        for (var k = before.Last + 1; k < after.First; k++)
        {
            if (tokens[k].StartsSentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a mãe, X", "da mãe dele, X": an article, a word of kinship, maybe "dele" or "dela", and the comma before <paramref name="name"/>.</summary>
    private static bool KinBefore(IReadOnlyList<Token> tokens, int name)
    {
        if (name < 3 || !tokens[name - 1].Is(","))
        {
            return false;
        }

        var kin = tokens[name - 2].Folded is "dele" or "dela" ? name - 3 : name - 2;
        return kin >= 1 && tokens[kin].IsLowercaseWord && Lexicon.KinshipNouns.Contains(tokens[kin].Folded)
            && tokens[kin - 1].Folded is "a" or "o" or "da" or "do" or "sua" or "seu";
    }

    /// <summary>"a prima Glorinha", "com o tio Waldo", "à sobrinha Yolanda": an article and a word of kinship right before <paramref name="name"/>.</summary>
    private static bool IsNamedByKinship(IReadOnlyList<Token> tokens, int name) =>
        name >= 2 && tokens[name - 1].IsLowercaseWord && Lexicon.KinshipNouns.Contains(tokens[name - 1].Folded)
        && tokens[name - 2].IsLowercaseWord && tokens[name - 2].Folded is "a" or "o" or "ao" or "da" or "do" or "na" or "no" or "pela" or "pelo" or "sua" or "seu";

    /// <summary>"irmã de", "a esposa morta de": a word of kinship, maybe with one word describing it, then "de" before the name.</summary>
    private static bool IsRelativeOf(IReadOnlyList<Token> tokens, int name)
    {
        if (name < 2 || !tokens[name - 1].IsLowercaseWord || tokens[name - 1].Folded is not ("de" or "do" or "da"))
        {
            return false;
        }

        var kin = tokens[name - 2].IsLowercaseWord && Lexicon.KinshipNouns.Contains(tokens[name - 2].Folded) ? name - 2 : name - 3;
        return kin >= 0 && tokens[kin].IsLowercaseWord && Lexicon.KinshipNouns.Contains(tokens[kin].Folded) && (kin == name - 2 || tokens[name - 2].IsLowercaseWord);
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

    /// <summary>
    /// "Apocalypse Now Redux": the subject's title with a word more names a version of it. Not a title of one word:
    /// "Rocky Marciano" is a boxer in the file of "Rocky".
    /// </summary>
    private bool ExtendsTheSubjectsTitle(NameRun run, IReadOnlyList<Token> tokens)
    {
        // "Noites de Verão Redux" yields the run "Verão Redux": read back over the words the run was cut from.
        var start = run.First;
        while (start > 0 && (tokens[start - 1].IsNameToken || (tokens[start - 1].IsLowercaseWord && Lexicon.TitleConnectors.Contains(tokens[start - 1].Folded))))
        {
            start--;
        }

        // Asked of every full name: loops, and the words joined once, not LINQ and strings per title.
        var texts = new string[run.Last - start + 1];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = tokens[start + i].Text;
        }

        var words = TextFolding.MatchKey(string.Join(' ', texts));
        foreach (var title in _subjectTitleKeys)
        {
            if (title.Contains(' ') && ContainsWords(words, title) && !words.EndsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // $" {words}".Contains($" {title} "), without making either string.
    private static bool ContainsWords(string words, string title)
    {
        for (var at = words.IndexOf(title, StringComparison.Ordinal); at >= 0; at = words.IndexOf(title, at + 1, StringComparison.Ordinal))
        {
            if ((at == 0 || words[at - 1] == ' ') && at + title.Length < words.Length && words[at + title.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary>
    /// "A menina do ônibus com Forrest é Elizabeth Hanks": after "é", "foi" or "como", a single name that ends no full
    /// name of the file, or that a fact says was played, is no actor, so the name after it is no role.
    /// </summary>
    private void DropLinksToNobody(List<NameRun> runs)
    {
        var surnames = runs.Where(r => r.WordCount >= 2 && r.Cue == CharacterCue.None).Select(r => r.LastWordKey)
            .Concat(_manifestPeople.Select(LastWord)).ToHashSet();
        var roles = runs.Where(r => r.Cue is not (CharacterCue.None or CharacterCue.RoleOf) && !r.PlayedByLinkingVerb).Select(r => FirstWord(r.Key)).ToHashSet();
        foreach (var run in runs.Where(r => r.PlayedByLinkingVerb && r.Actor is { WordCount: 1 } actor && (!surnames.Contains(actor.Key) || roles.Contains(actor.Key))))
        {
            // "Irandhir ficaria conhecido como o deputado Diogo Fraga em Tropa de Elite 2 (2010)": a name of a film's is
            // still its role, whoever played it.
            run.Actor = null;
            (run.Cue, run.CueText) = run.FilmAfter is not null ? (CharacterCue.Role, $"role of {run.FilmAfter.Film.Title}") : (CharacterCue.None, "");
        }
    }

    /// <summary>
    /// In "Eunice (Fernanda Torres)" and "Fernanda Torres (Eunice)" the single name is the character; between two full names the
    /// manifest, then a name used as a person's elsewhere in the file, tells. Pairs nothing tells follow the order
    /// the file's other pairs use, else the cast-list order "Personagem (Ator)".
    /// </summary>
    private void ResolveCastPairs(List<NameRun> runs)
    {
        var namedAsPeople = runs.Where(IsUsedAsPersonsName).Select(r => r.Key).Concat(_manifestPeople).ToHashSet();
        var pairs = runs.Where(r => r.Cue == CharacterCue.Credited && r.PairedWith is { } inside && r.Last < inside.First)
            .Select(outside => (Outside: outside, Inside: outside.PairedWith!, InsideIsCharacter: InsideIsCharacter(outside, outside.PairedWith!, namedAsPeople)))
            .ToList();
        var insideFirstInFile = pairs.Count(p => p.InsideIsCharacter == true) > pairs.Count(p => p.InsideIsCharacter == false);
        foreach (var (outside, inside, insideIsCharacter) in pairs)
        {
            var (character, actor) = insideIsCharacter ?? insideFirstInFile ? (inside, outside) : (outside, inside);
            (character.Actor, actor.Cue) = (actor, CharacterCue.None);
        }
    }

    /// <summary>
    /// A full name with no role cue and no article before it; one made of ordinary words ("Capitão Trovão") only with
    /// a role noun that says it is a person ("a atriz Glória Pires") or words that put it in the cast ("Boca Rica faz
    /// uma ponta").
    /// </summary>
    private static bool IsUsedAsPersonsName(NameRun run) =>
        IsFullNameWithoutCue(run) && (!run.IsOrdinaryWords || run.Professions.Count > 0 || run.InTheCast);

    private static bool IsFullNameWithoutCue(NameRun run) =>
        run.WordCount >= 2 && run.Cue == CharacterCue.None && !run.HasArticleBefore;

    private bool? InsideIsCharacter(NameRun outside, NameRun inside, HashSet<string> namedAsPeople) =>
        ManifestCharacter(inside) is not null || (inside.WordCount == 1 && outside.WordCount >= 2) || (namedAsPeople.Contains(outside.Key) && !namedAsPeople.Contains(inside.Key))
            || (IsAddressed(inside) && !IsAddressed(outside)) ? true
        : ManifestCharacter(outside) is not null || (outside.WordCount == 1 && inside.WordCount >= 2) || (namedAsPeople.Contains(inside.Key) && !namedAsPeople.Contains(outside.Key))
            || (IsAddressed(outside) && !IsAddressed(inside)) ? false
        : null;

    /// <summary>"Dr. Jack Seward", "Lorde Arthur Holmwood": a title of address opens a character's name, seldom an actor's.</summary>
    private static bool IsAddressed(NameRun run) => run.WordCount >= 2 && Lexicon.CharacterTitles.Contains(FirstWord(run.Key).TrimEnd('.'));

    /// <summary>"o personagem de Wagner Moura", "as falas de Brando": after a weak cue, a person's name is still the person.</summary>
    private bool IsPersonsName(NameRun run, int line) =>
        _people.ContainsKey(run.Key) || (run.Cue == CharacterCue.RoleOf && run.WordCount == 1 && PersonBySurname(run.Key, line) is not null);

    /// <summary>The people a fact names, each with the cue of its first mention there.</summary>
    public IReadOnlyList<(PersonMention Person, string Cue)> PeopleIn(int line)
    {
        // Loops, not LINQ: every fact of an import asks. A fact names a few people: they are listed in the order first
        // named and looked up in the list, not in a dictionary made for each fact.
        if (_runs[line].Count == 0)
        {
            return [];
        }

        var people = new List<(string Key, List<string> Professions, string Cue)>();
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
