using TriviaApi.Benchmarks.Extraction;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Benchmarks;

/// <summary>
/// Extraction scored against the corpus's gold (tests/ExtractionCorpus/README.md): each part holds its floors on F1,
/// and a failure lists every miss and false positive.
/// </summary>
public sealed class ExtractionCorpusTests
{
    // The floors on F1 per kind, for both parts of the corpus. The lead engineer sets them from what the rules reach.
    private const double PeopleF1Floor = 0.0;
    private const double FilmsF1Floor = 0.0;
    private const double CharactersF1Floor = 0.0;

    /// <summary>Two short files written for the scorer's own tests; not part of the corpus.</summary>
    public static string Fixture { get; } = Repository.PathOf("tests", "TriviaApi.Tests", "Benchmarks", "ScorerFixture");

    public static string Part(string name) => Repository.PathOf("tests", "ExtractionCorpus", name);

    [ExtractionCorpusFact("dev")]
    public void Extraction_holds_its_floors_on_the_part_the_rules_were_tuned_on() => AssertFloors(Part("dev"));

    [ExtractionCorpusFact("holdout")]
    public void Extraction_holds_its_floors_on_the_part_held_back() => AssertFloors(Part("holdout"));

    [Fact]
    public void The_scorer_scores_every_file_of_a_folder_that_has_a_gold_annotation()
    {
        var score = ExtractionScorer.ScoreFolder(Fixture);

        Assert.Equal(["a-ilha-das-garcas.pt-BR.txt", "o-farol-de-vidro.pt-BR.txt"], score.Files.Select(f => f.FileName));
        Assert.Empty(score.FilesWithoutGold);
        Assert.Equal(score.Files.Sum(f => f.People.TruePositives + f.People.FalseNegativeCount), score.Total.People.TruePositives + score.Total.People.FalseNegativeCount);
        Assert.Equal(6, score.Total.People.TruePositives + score.Total.People.FalseNegativeCount);
    }

    private static void AssertFloors(string folder)
    {
        var score = ExtractionScorer.ScoreFolder(folder);
        var total = score.Total;
        var below = new (string Kind, double F1, double Floor)[] { ("people", total.People.F1, PeopleF1Floor), ("films", total.Films.F1, FilmsF1Floor), ("characters", total.Characters.F1, CharactersF1Floor) }
            .Where(k => k.F1 < k.Floor)
            .Select(k => $"{k.Kind} F1 {k.F1:F3} < floor {k.Floor:F3}")
            .ToList();

        Assert.True(below.Count == 0, $"{string.Join("; ", below)}{Environment.NewLine}{ExtractionReport.Format(score)}");
    }
}
