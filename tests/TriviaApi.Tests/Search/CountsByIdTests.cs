using TriviaApi.Search.Querying;

namespace TriviaApi.Tests.Search;

public class CountsByIdTests
{
    private readonly CountsById _counts = new([0, 3, 0, 1]);

    [Fact]
    public void Only_ids_counted_at_least_once_are_keys()
    {
        Assert.Equal([new(1, 3), new(3, 1)], _counts.ToList());
        Assert.Equal(2, _counts.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-1)]
    [InlineData(4)]
    public void An_id_not_counted_is_no_key(int id)
    {
        Assert.False(_counts.ContainsKey(id));
        Assert.Throws<KeyNotFoundException>(() => _counts[id]);
    }

    [Fact]
    public void A_counted_id_reads_its_count() => Assert.Equal(3, _counts[1]);
}
