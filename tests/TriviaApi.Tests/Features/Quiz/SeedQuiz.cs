using TriviaApi.Extraction;
using TriviaApi.Features.Quiz;
using TriviaApi.Importing;
using TriviaApi.Tests.Support;
using TriviaApi.Text;

namespace TriviaApi.Tests.Features.Quiz;

/// <summary>
/// The seed turned into quiz inputs the way the importer links it: people and films are what extraction finds in
/// each line, their popularity the number of lines naming them, and the subject film is linked to every line.
/// </summary>
internal static class SeedQuiz
{
    public static readonly SubjectFilm Subject = FilmManifest.Read(Seed.ManifestPath).ToSubject(Seed.ManifestName);

    private static readonly IReadOnlyList<FactMentions> Mentions = TriviaFileExtractor.Extract(Subject, Seed.Lines);

    public static readonly CandidatePool People = new(Mentions
        .SelectMany((m, line) => m.People.Select(p => (Person: p, Line: line)))
        .GroupBy(p => TextFolding.MatchKey(p.Person.Name))
        .Select((g, i) => new QuizCandidate(
            i + 1,
            g.First().Person.Name,
            null,
            null,
            g.SelectMany(p => p.Person.Professions)
                .Concat(Subject.Credits.Where(c => TextFolding.MatchKey(c.Person) == g.Key).Select(c => c.Role))
                .Distinct().ToList(),
            g.Select(p => p.Line).Distinct().Count())));

    public static readonly CandidatePool Films = new(Mentions
        .SelectMany((m, line) => m.Films.Select(f => (Film: f, Line: line)))
        .GroupBy(f => (TextFolding.MatchKey(f.Film.Title), f.Film.Year))
        .Select((g, i) => new QuizCandidate(i + 2, g.First().Film.Title, g.First().Film.OriginalTitle, g.Key.Year, [], g.Select(f => f.Line).Distinct().Count()))
        .Prepend(new QuizCandidate(1, Subject.Title, Subject.OriginalTitle, Subject.Year, [], Seed.Lines.Count)));

    public static readonly IReadOnlyList<QuizFact> Facts = Seed.Lines.Select((text, line) => new QuizFact(
        line + 1,
        text,
        Mentions[line].People.Select(p => People.All.Single(c => TextFolding.MatchKey(c.Name) == TextFolding.MatchKey(p.Name))).ToList(),
        Mentions[line].Films.Select(f => Films.All.Single(c => c.Id != 1 && TextFolding.MatchKey(c.Name) == TextFolding.MatchKey(f.Title) && c.Year == f.Year))
            .Prepend(Films.All[0]).ToList()))
        .ToList();

    /// <summary>Every question the seed can make: each blank of each line, at each difficulty, with three seeds.</summary>
    public static readonly IReadOnlyList<(QuestionBlank Blank, QuizQuestion Question)> Questions =
    [
        .. from fact in Facts
           from blank in QuestionBlanks.For(fact)
           from difficulty in new QuizDifficulty?[] { null, QuizDifficulty.Easy, QuizDifficulty.Medium, QuizDifficulty.Hard }
           from seed in Enumerable.Range(0, 3)
           let question = QuestionBuilder.Build(blank, blank.Kind == BlankKind.Person ? People : Films, difficulty, new Random(seed))
           where question is not null
           select (blank, question),
    ];
}
