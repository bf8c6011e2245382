namespace TriviaApi.Search;

/// <summary>
/// What a word adds to a fact's score, remembered for the small counts and lengths nearly every fact has: a search
/// of common words scores hundreds of thousands of facts from a few hundred different postings.
/// </summary>
internal sealed class Contributions(double idf, double averageLength)
{
    private const int Counts = 4;
    private const int Lengths = 128;
    private readonly double[] _known = Unknown();

    public double Of(Posting posting)
    {
        if (posting.InText >= Counts || posting.InNames >= Counts || posting.Length >= Lengths)
        {
            return Compute(posting);
        }

        ref var known = ref _known[(((posting.InText * Counts) + posting.InNames) * Lengths) + posting.Length];
        if (double.IsNaN(known))
        {
            known = Compute(posting);
        }

        return known;
    }

    private double Compute(Posting posting) =>
        Bm25.Contribution(idf, (posting.InText * FullTextSearch.TextWeight) + (posting.InNames * FullTextSearch.NameWeight), posting.Length, averageLength);

    private static double[] Unknown()
    {
        var known = new double[Counts * Counts * Lengths];
        Array.Fill(known, double.NaN);
        return known;
    }
}
