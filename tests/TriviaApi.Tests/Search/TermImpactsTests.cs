using TriviaApi.Search;

namespace TriviaApi.Tests.Search;

public class TermImpactsTests
{
    // Facts holding a word: in the text once (1), in a linked name (4), or both (5); 12 to 40 tokens long.
    private static readonly TermImpact[] Facts = Enumerable.Range(1, 300)
        .Select(id => new TermImpact(id, (id % 7) switch { 0 => 4.0, 3 => 5.0, 5 => 2.0, _ => 1.0 }, 12 + (id * 37 % 29)))
        .ToArray();

    [Fact]
    public void A_fact_that_enough_others_beat_on_frequency_and_length_is_dropped()
    {
        var kept = TermImpacts.Keep([new(1, 4.0, 10), new(2, 4.0, 12), new(3, 1.0, 30), new(4, 1.0, 9)], depth: 2);

        Assert.Equal(new[] { 1, 2, 4 }, kept.Select(f => f.FactId));
    }

    [Theory]
    [InlineData(8.0, 0.2)]
    [InlineData(22.4, 2.1)]
    [InlineData(60.0, 7.5)]
    public void Whatever_the_average_length_and_rarity_the_best_facts_are_all_kept(double averageLength, double idf)
    {
        var kept = TermImpacts.Keep(Facts, depth: 25);
        IEnumerable<int> Best(IEnumerable<TermImpact> facts) =>
            facts.OrderBy(f => Bm25.Rank([Bm25.Contribution(idf, f.Frequency, f.Length, averageLength)])).ThenBy(f => f.FactId).Take(25).Select(f => f.FactId);

        Assert.Equal(Best(Facts), Best(kept));
        Assert.True(kept.Count < Facts.Length);
    }

    [Fact]
    public void A_word_in_over_half_the_rows_weighs_almost_nothing_as_in_FTS5() =>
        Assert.Equal(1e-6, Bm25.Idf(rows: 100, rowsWithTerm: 60));
}
