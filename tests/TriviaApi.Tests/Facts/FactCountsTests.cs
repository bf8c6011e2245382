using CsCheck;
using TriviaApi.Facts;

namespace TriviaApi.Tests.Facts;

public class FactCountsTests
{
    [Fact]
    public void The_most_counted_come_first_and_ties_go_by_id() =>
        Assert.Equal(
            [new(4, 9), new(2, 5), new(7, 5), new(1, 3)],
            FactCounts.Most(new Dictionary<int, int> { [7] = 5, [1] = 3, [9] = 1, [4] = 9, [2] = 5, [3] = 2 }, 4));

    [Fact]
    public void Fewer_counts_than_asked_are_all_given() =>
        Assert.Equal([new(1, 2), new(3, 2)], FactCounts.Most(new Dictionary<int, int> { [3] = 2, [1] = 2 }, 20));

    [Fact]
    public void Any_counts_give_what_sorting_them_all_gives() =>
        Gen.Select(Gen.Dictionary(Gen.Int[0, 500], Gen.Int[1, 12])[0, 80], Gen.Int[0, 25])
            .Sample((counts, top) => Assert.Equal(
                counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(top),
                FactCounts.Most(counts, top)));
}
