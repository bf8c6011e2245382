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

        var tokens = facts.Select(Tokenizer.Tokenize).ToList();
        var films = facts.Select((text, i) =>
        {
            var dated = FilmTitleFinder.FindDatedTitles(text, tokens[i]);
            dated.AddRange(FilmTitleFinder.FindQuotedTitles(text).Concat(SharedYearTitles.Find(text, tokens[i])).Where(q => !dated.Any(d => d.Start < q.End && q.Start < d.End)));
            return dated.ConvertAll(span => IsSubject(subject, span.Film) ? span with { Film = subject.AsMention(), IsSubject = true } : span);
        }).ToList();

        var knownTitles = KnownTitleFinder.LongestFirst(KnownTitles(subject, films.SelectMany(f => f)));
        for (var i = 0; i < facts.Count; i++)
        {
            films[i].AddRange(KnownTitleFinder.Find(facts[i], knownTitles, films[i]));
        }

        var runs = facts.Select((text, i) => NameRunFinder.Find(text, tokens[i], films[i])).ToList();
        var names = new NameRegistry(subject, runs, films, tokens);
        return facts.Select((text, i) => Mentions(names.PeopleIn(i), films[i].Where(f => !f.IsSubject).DistinctBy(f => f.Film).ToList(), names.CharactersIn(i), TagClassifier.Classify(text))).ToList();
    }

    private static FactMentions Mentions(
        IReadOnlyList<(PersonMention Person, string Cue)> people,
        IReadOnlyList<FilmSpan> films,
        IReadOnlyList<(CharacterMention Character, string Cue)> characters,
        IReadOnlyList<(string Slug, string Cue)> tags)
    {
        var cues = people.Select(p => new MentionCue(MentionKind.Person, p.Person.Name, p.Cue))
            .Concat(films.Select(f => new MentionCue(MentionKind.Film, f.Film.Year is { } year ? $"{f.Film.Title} ({year})" : f.Film.Title, f.Cue)))
            .Concat(characters.Select(c => new MentionCue(MentionKind.Character, c.Character.Name, c.Cue)))
            .Concat(tags.Select(t => new MentionCue(MentionKind.Tag, t.Slug, t.Cue)))
            .ToList();
        return new FactMentions(people.Select(p => p.Person).ToList(), films.Select(f => f.Film).ToList(), characters.Select(c => c.Character).ToList(), tags.Select(t => t.Slug).ToList(), cues);
    }

    /// <summary>"Antecedido por O Silêncio (1991)" in another film's file: the title, with the subject's year if dated, is the subject.</summary>
    private static bool IsSubject(SubjectFilm subject, FilmMention film)
    {
        var key = TextFolding.MatchKey(film.Title);
        return (film.Year is null || film.Year == subject.Year)
            && (key == TextFolding.MatchKey(subject.Title) || (subject.OriginalTitle is { } original && key == TextFolding.MatchKey(original)));
    }

    private static IEnumerable<(string Title, FilmMention Film, bool IsSubject)> KnownTitles(SubjectFilm subject, IEnumerable<FilmSpan> dated)
    {
        var subjectFilm = subject.AsMention();
        yield return (subject.Title, subjectFilm, true);
        if (subject.OriginalTitle is { } original)
        {
            yield return (original, subjectFilm, true);
        }

        foreach (var film in dated.Select(d => d.Film).Where(f => f.Year is not null).DistinctBy(f => (TextFolding.MatchKey(f.Title), f.Year)))
        {
            yield return (film.Title, film, false);
        }
    }
}
