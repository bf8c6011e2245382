using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TriviaApi.Search.Analysis;
using TriviaApi.Search.Index;
using TriviaApi.Search.Querying;

namespace TriviaApi.Tests.Search;

/// <summary>Ranges of fact ids, read from the blocks of ids that the id's terms name.</summary>
public sealed class IdRangeTests
{
    private const int Last = 5_000;

    public static TheoryData<int?, int?, bool, bool> Ranges => new()
    {
        { null, null, true, true },
        { 1_234, null, false, true },
        { null, 4_321, true, false },
        { 255, 257, true, true },
        { 256, 65_536, false, false },
        { 4_999, null, true, true },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void A_range_of_ids_finds_its_facts_and_those_of_the_blocks_of_256_ids_its_ends_fall_in(int? from, int? to, bool fromIncluded, bool toIncluded)
    {
        var first = from is { } f ? (fromIncluded ? f : f + 1) / 256 * 256 : int.MinValue;
        var last = to is { } t ? ((toIncluded ? t : t - 1) / 256 * 256) + 255 : int.MaxValue;
        var expected = Enumerable.Range(1, Last).Count(id => id >= first && id <= last);
        var query = LuceneQueries.Ids(from, to, fromIncluded, toIncluded);

        Assert.Equal(expected, Count(query, id => new FactDocument().For(new IndexedFact(id, "um fato", 1, 2000, [], [], [], []))));
    }

    [Fact]
    public void A_range_whose_ends_cross_finds_nothing()
    {
        Assert.Equal(0, Count(LuceneQueries.Ids(600, 300, true, true), id => new FactDocument().For(new IndexedFact(id, "um fato", 1, 2000, [], [], [], []))));
    }

    private static int Count(Query query, Func<int, IEnumerable<IIndexableField>> document)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance)))
        {
            for (var id = 1; id <= Last; id++)
            {
                writer.AddDocument(document(id));
            }
        }

        using var reader = DirectoryReader.Open(directory);
        return new IndexSearcher(reader).Search(query, 1).TotalHits;
    }
}
