namespace TriviaApi.Benchmarks.Extraction;

/// <summary>A folder of the corpus scored: each file with a gold annotation, and their total (micro-averaged).</summary>
public sealed record CorpusScore(string Folder, IReadOnlyList<FileScore> Files, IReadOnlyList<string> FilesWithoutGold)
{
    public FileScore Total => new(
        "total",
        Files.Select(f => f.People).Aggregate(KindScore.None, KindScore.Add),
        Files.Select(f => f.Films).Aggregate(KindScore.None, KindScore.Add),
        Files.Select(f => f.Characters).Aggregate(KindScore.None, KindScore.Add));
}
