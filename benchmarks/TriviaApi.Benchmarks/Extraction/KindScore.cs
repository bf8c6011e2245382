namespace TriviaApi.Benchmarks.Extraction;

/// <summary>
/// How extraction did on one kind of name (people, films or characters): the matches, and every miss and false
/// positive as a line for a person to read. Scores add up, so a corpus's total is the micro-average over its files.
/// </summary>
public sealed record KindScore(int TruePositives, IReadOnlyList<string> Misses, IReadOnlyList<string> FalsePositives)
{
    public static KindScore None { get; } = new(0, [], []);

    public int FalseNegativeCount => Misses.Count;

    public int FalsePositiveCount => FalsePositives.Count;

    /// <summary>Share of what was found that the gold holds; 1 when nothing was found (nothing wrong was said).</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositiveCount);

    /// <summary>Share of the gold that was found; 1 when the gold holds nothing to find.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegativeCount);

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static KindScore operator +(KindScore left, KindScore right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.TruePositives + right.TruePositives, [.. left.Misses, .. right.Misses], [.. left.FalsePositives, .. right.FalsePositives]);
    }

    public static KindScore Add(KindScore left, KindScore right) => left + right;

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
