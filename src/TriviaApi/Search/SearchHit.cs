namespace TriviaApi.Search;

/// <summary>A row the full-text index matched, with its BM25 rank (lower is better, as SQLite gives it).</summary>
public sealed class SearchHit
{
    public int Id { get; set; }

    public double Rank { get; set; }

    /// <summary>The score clients see: higher is better, rounded so equal ranks compare equal.</summary>
    public static double Score(double rank) => Math.Round(-rank, 4);
}
