using TriviaApi.Search.Querying;

namespace TriviaApi.Tests.Search;

/// <summary>
/// A search's matches are added to its set of ids a block of 64 documents at a time: as the ids' own bits when the
/// block's ids run one by one (as an import writes facts), else id by id. Either way the set is the same.
/// </summary>
public sealed class MatchingFactsTests
{
    /// <summary>Documents 0–63 are facts 100–163, 64–127 are facts 200–263 but 230 and 231 swapped, 128–129 are facts 300–301.</summary>
    private static readonly int[] Ids = [.. Enumerable.Range(100, 64), .. Enumerable.Range(200, 30), 231, 230, .. Enumerable.Range(232, 32), 300, 301];

    [Fact]
    public void A_block_whose_ids_run_one_by_one_starts_at_its_first_id_and_any_other_at_minus_one() =>
        Assert.Equal([100, -1, 300], FactColumns.RunStarts(Ids));

    [Theory]
    [InlineData(0, 0x8000_0000_0000_0001UL)]
    [InlineData(0, ulong.MaxValue)]
    [InlineData(64, 0xC000_0000_4000_0001UL)]
    [InlineData(64, ulong.MaxValue)]
    [InlineData(128, 0b11UL)]
    public void A_block_adds_the_ids_of_its_documents_as_one_by_one(int firstDoc, ulong bits)
    {
        var runStarts = FactColumns.RunStarts(Ids);
        var (byBlock, oneByOne) = (new MatchingFacts(), new MatchingFacts());

        byBlock.AddBlock(bits, firstDoc, Ids, runStarts[firstDoc >> 6]);
        for (var rest = bits; rest != 0; rest &= rest - 1)
        {
            oneByOne.Add(Ids[firstDoc + System.Numerics.BitOperations.TrailingZeroCount(rest)]);
        }

        Assert.Equal(oneByOne.Count, byBlock.Count);
        Assert.Equal(Enumerable.Range(0, oneByOne.Count).Select(oneByOne.IdAt), Enumerable.Range(0, byBlock.Count).Select(byBlock.IdAt));
    }

    [Fact]
    public void A_run_that_crosses_a_word_of_ids_lands_on_both_words()
    {
        var matching = new MatchingFacts();

        matching.AddBlock(0x8000_0000_0000_0001UL, 0, Ids, 100);

        Assert.Equal([100, 163], Enumerable.Range(0, matching.Count).Select(matching.IdAt));
    }

    [Fact]
    public void Ids_already_in_the_set_are_not_counted_twice()
    {
        var matching = new MatchingFacts();
        matching.Add(101);

        matching.AddBlock(0b111UL, 0, Ids, 100);

        Assert.Equal(3, matching.Count);
    }

    [Fact]
    public void A_set_grows_for_ids_beyond_the_room_it_was_made_with()
    {
        var matching = new MatchingFacts(maxId: 10);

        matching.AddBlock(0b1UL, 0, [70_000], 70_000);
        matching.AddBlock(0b1UL, 0, [140_001], -1);

        Assert.Equal([70_000, 140_001], Enumerable.Range(0, matching.Count).Select(matching.IdAt));
    }
}
