namespace TriviaApi.Search;

/// <summary>
/// SQLite FTS5's <c>bm25()</c>, step for step (fts5_aux.c, k1 = 1.2, b = 0.75), so a rank computed here equals the one
/// SQLite gives, bit for bit: facts ranked from <see cref="TermPostings"/> are ordered exactly as FTS5 would order them.
/// </summary>
public static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>FTS5's IDF: values at or below zero (a term in over half the rows) become 1e-6.</summary>
    public static double Idf(long rows, long rowsWithTerm)
    {
        var idf = Math.Log((rows - rowsWithTerm + 0.5) / (rowsWithTerm + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    /// <summary>
    /// What one term adds to a row's score: <paramref name="frequency"/> is its weighted frequency in the row, which
    /// holds <paramref name="length"/> tokens in all columns. Higher is better; it never decreases with the frequency
    /// nor increases with the length.
    /// </summary>
    public static double Contribution(double idf, double frequency, int length, double averageLength) =>
        idf * (frequency * (K1 + 1.0) / (frequency + (K1 * (1 - B + (B * length / averageLength)))));

    /// <summary>
    /// The rank (negative; lower is better) of a row from what each of the query's terms adds to it, in the query's
    /// order: FTS5 sums them in that order, and a sum in another order can differ in its last bit.
    /// </summary>
    public static double Rank(ReadOnlySpan<double> contributions)
    {
        var score = 0.0;
        foreach (var contribution in contributions)
        {
            score += contribution;
        }

        return -1.0 * score;
    }
}
