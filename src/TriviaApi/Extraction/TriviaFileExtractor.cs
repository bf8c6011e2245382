using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Recognises the films, people, characters and topics in the facts of one trivia file. It reads the whole
/// file first, because a surname ("Moura") means the person named in full elsewhere in it, and a title
/// dated in one fact is recognised undated in another.
/// </summary>
public static class TriviaFileExtractor
{
    public static IReadOnlyList<FactMentions> Extract(SubjectFilm subject, IReadOnlyList<string> facts)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(facts);

        // Loops, not LINQ: every file of an import goes through here, and its lists are made at their size.
        var tokens = new List<IReadOnlyList<Token>>(facts.Count);
        foreach (var fact in facts)
        {
            tokens.Add(Tokenizer.Tokenize(fact));
        }

        // Keyed once a file: the films found and the registry's names are both compared with the subject's titles.
        var subjectKeys = new[] { subject.Title, subject.OriginalTitle }.OfType<string>().Select(TextFolding.MatchKey).ToArray();
        var films = new List<List<FilmSpan>>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            films.Add(FilmsIn(subject, subjectKeys, facts[i], tokens[i]));
        }

        var knownTitles = KnownTitleFinder.LongestFirst(KnownTitles(subject, films.SelectMany(f => f), RolesPlayed(tokens)));
        for (var i = 0; i < facts.Count; i++)
        {
            KnownTitleFinder.Find(facts[i], knownTitles, films[i]);
        }

        var runs = new List<List<NameRun>>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            runs.Add(NameRunFinder.Find(facts[i], tokens[i], films[i]));
        }

        var names = new NameRegistry(subject, subjectKeys, runs, films, tokens);
        var mentions = new List<FactMentions>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            mentions.Add(Mentions(names.PeopleIn(i), films[i], names.CharactersIn(i), TagClassifier.Classify(facts[i])));
        }

        return mentions;
    }

    /// <summary>A fact's dated films, then its quoted and listed ones that overlap none found before them; the subject's marked.</summary>
    private static List<FilmSpan> FilmsIn(SubjectFilm subject, string[] subjectKeys, string text, IReadOnlyList<Token> tokens)
    {
        // Loops, not LINQ: every fact of an import goes through here.
        var films = FilmTitleFinder.FindDatedTitles(text, tokens);
        foreach (var span in FilmTitleFinder.FindQuotedTitles(text))
        {
            AddUnlessOverlapping(films, span);
        }

        foreach (var span in SharedYearTitles.Find(text, tokens))
        {
            AddUnlessOverlapping(films, span);
        }

        foreach (var span in SentenceYearTitles.Find(text, tokens))
        {
            AddUnlessOverlapping(films, span);
        }

        for (var i = 0; i < films.Count; i++)
        {
            if (IsSubject(subject, subjectKeys, films[i].Film))
            {
                films[i] = films[i] with { Film = subject.AsMention(), IsSubject = true };
            }
        }

        return films;
    }

    private static void AddUnlessOverlapping(List<FilmSpan> films, FilmSpan span)
    {
        foreach (var film in films)
        {
            if (film.Start < span.End && span.Start < film.End)
            {
                return;
            }
        }

        films.Add(span);
    }

    // Loops, not LINQ: every fact of an import goes through here.
    private static FactMentions Mentions(
        IReadOnlyList<(PersonMention Person, string Cue)> people,
        List<FilmSpan> spans,
        IReadOnlyList<(CharacterMention Character, string Cue)> characters,
        IReadOnlyList<(string Slug, string Cue)> tags)
    {
        // Each film other than the subject once, with the cue of its first span.
        var films = new List<FilmSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (!span.IsSubject && !HasFilm(films, span.Film))
            {
                films.Add(span);
            }
        }

        var cues = new List<MentionCue>(people.Count + films.Count + characters.Count + tags.Count);
        var personMentions = new List<PersonMention>(people.Count);
        var filmMentions = new List<FilmMention>(films.Count);
        var characterMentions = new List<CharacterMention>(characters.Count);
        var slugs = new List<string>(tags.Count);
        foreach (var (person, cue) in people)
        {
            personMentions.Add(person);
            cues.Add(new MentionCue(MentionKind.Person, person.Name, cue));
        }

        foreach (var span in films)
        {
            filmMentions.Add(span.Film);
            cues.Add(new MentionCue(MentionKind.Film, span.Film.Year is { } year ? $"{span.Film.Title} ({year})" : span.Film.Title, span.Cue));
        }

        foreach (var (character, cue) in characters)
        {
            characterMentions.Add(character);
            cues.Add(new MentionCue(MentionKind.Character, character.Name, cue));
        }

        foreach (var (slug, cue) in tags)
        {
            slugs.Add(slug);
            cues.Add(new MentionCue(MentionKind.Tag, slug, cue));
        }

        return new FactMentions(personMentions, filmMentions, characterMentions, slugs, cues);
    }

    // A loop, not a lambda: a lambda would capture each span.
    private static bool HasFilm(List<FilmSpan> spans, FilmMention film)
    {
        foreach (var span in spans)
        {
            if (span.Film == film)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Antecedido por O Silêncio (1991)" in another film's file: the title, with the subject's year if dated, is the subject.</summary>
    private static bool IsSubject(SubjectFilm subject, string[] subjectKeys, FilmMention film) =>
        (film.Year is null || film.Year == subject.Year) && subjectKeys.Contains(TextFolding.MatchKey(film.Title));

    /// <summary>The words right after a verb of playing anywhere in the file ("foi escalado para viver Orfeu").</summary>
    private static HashSet<string> RolesPlayed(List<IReadOnlyList<Token>> tokens)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in tokens)
        {
            for (var at = 0; at + 1 < fact.Count; at++)
            {
                // The capital after the verb first: it is read from the token, the verb looked up.
                if (fact[at + 1].IsCapitalizedWord && fact[at].IsLowercaseWord && Lexicon.PlayedVerbs.Contains(fact[at].Folded))
                {
                    roles.Add(fact[at + 1].Text);
                }
            }
        }

        return roles;
    }

    /// <param name="subject">The file's film.</param>
    /// <param name="dated">The films found with a year.</param>
    /// <param name="rolesPlayed">
    /// Words the file plays as roles: another film's title of one such word ("Orfeu (1999)" in the file of the film
    /// whose hero is Orfeu) is not sought undated, where it names the character.
    /// </param>
    private static IEnumerable<(string Title, FilmMention Film, bool IsSubject)> KnownTitles(SubjectFilm subject, IEnumerable<FilmSpan> dated, HashSet<string> rolesPlayed)
    {
        var subjectFilm = subject.AsMention();
        yield return (subject.Title, subjectFilm, true);
        if (subject.OriginalTitle is { } original)
        {
            yield return (original, subjectFilm, true);
        }

        // Each title once by its key and year. A film written again alike has the key it had: it is passed over before
        // its title is keyed, which every file's dated films would otherwise cost each time.
        var seen = new HashSet<FilmMention>();
        var keys = new HashSet<(string Key, int? Year)>();
        foreach (var span in dated)
        {
            var film = span.Film;
            if (film.Year is not null && !rolesPlayed.Contains(film.Title) && seen.Add(film) && keys.Add((TextFolding.MatchKey(film.Title), film.Year)))
            {
                yield return (film.Title, film, false);
            }
        }
    }
}
