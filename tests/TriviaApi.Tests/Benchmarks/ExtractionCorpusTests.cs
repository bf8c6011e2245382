using TriviaApi.Benchmarks.Extraction;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Benchmarks;

/// <summary>
/// Extraction scored against the corpus's gold (tests/ExtractionCorpus/README.md): each part holds its floors on F1,
/// and a failure lists every miss and false positive.
/// </summary>
public sealed class ExtractionCorpusTests
{
    // Floors on F1 (people, films, characters), each a little under what the rules reach (docs/benchmarks.md): a
    // change that loses ground on any part fails here, with the listing of what it now misses.
    private static readonly Dictionary<string, (double People, double Films, double Characters)> Floors = new()
    {
        ["seed"] = (1.0, 1.0, 1.0),
        ["dev"] = (0.97, 0.97, 0.85),
        ["holdout"] = (0.95, 0.95, 0.80),
    };

    /// <summary>Two short files written for the scorer's own tests; not part of the corpus.</summary>
    public static string Fixture { get; } = Repository.PathOf("tests", "TriviaApi.Tests", "Benchmarks", "ScorerFixture");

    public static string Part(string name) => Repository.PathOf("tests", "ExtractionCorpus", name);

    [ExtractionCorpusFact("seed")]
    public void Extraction_of_the_seed_stays_exact() => AssertFloors("seed");

    [ExtractionCorpusFact("dev")]
    public void Extraction_holds_its_floors_on_the_part_the_rules_were_tuned_on() => AssertFloors("dev");

    [ExtractionCorpusFact("holdout")]
    public void Extraction_holds_its_floors_on_the_part_held_back() => AssertFloors("holdout");

    [Fact]
    public void The_scorer_scores_every_file_of_a_folder_that_has_a_gold_annotation()
    {
        var score = ExtractionScorer.ScoreFolder(Fixture);

        Assert.Equal(["a-ilha-das-garcas.pt-BR.txt", "o-farol-de-vidro.pt-BR.txt"], score.Files.Select(f => f.FileName));
        Assert.Empty(score.FilesWithoutGold);
        Assert.Equal(score.Files.Sum(f => f.People.TruePositives + f.People.FalseNegativeCount), score.Total.People.TruePositives + score.Total.People.FalseNegativeCount);
        Assert.Equal(6, score.Total.People.TruePositives + score.Total.People.FalseNegativeCount);
    }

    private static void AssertFloors(string part)
    {
        var score = ExtractionScorer.ScoreFolder(Part(part));
        var (total, floor) = (score.Total, Floors[part]);
        var below = new (string Kind, double F1, double Floor)[] { ("people", total.People.F1, floor.People), ("films", total.Films.F1, floor.Films), ("characters", total.Characters.F1, floor.Characters) }
            .Where(k => k.F1 < k.Floor)
            .Select(k => $"{k.Kind} F1 {k.F1:F3} < floor {k.Floor:F3}")
            .ToList();

        Assert.True(below.Count == 0, $"{string.Join("; ", below)}{Environment.NewLine}{ExtractionReport.Format(score)}");
    }
}
