using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TriviaApi.Search.Analysis;
using TriviaApi.Search.Index;
using TriviaApi.Search.Querying;

namespace TriviaApi.Tests.Search;

/// <summary>Ranges of fact ids, on indexes made now and on those made with Lucene's default precision step before.</summary>
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
    public void A_range_of_ids_finds_the_same_facts_in_an_index_of_this_build_as_in_one_made_with_the_default_step(int? from, int? to, bool fromIncluded, bool toIncluded)
    {
        var expected = Enumerable.Range(1, Last).Count(id =>
            (from is not { } f || id > f || (fromIncluded && id == f)) && (to is not { } t || id < t || (toIncluded && id == t)));
        var query = LuceneQueries.Ids(from, to, fromIncluded, toIncluded);

        Assert.Equal(expected, Count(query, id => new FactDocument().For(new IndexedFact(id, "um fato", 1, 2000, [], [], [], []))));
        Assert.Equal(expected, Count(query, id => [new Int32Field(FactFields.Id, id, Field.Store.NO)]));
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
