using Lucene.Net.Index;
using Lucene.Net.Store;
using TriviaApi.Search.Analysis;
using TriviaApi.Search.Index;

namespace TriviaApi.Tests.Search;

/// <summary>
/// A fact's id is kept as its block of 256 ids and its place in it (a key among the filters' keys): read back whole,
/// and found to delete it.
/// </summary>
public sealed class FactIdsTests
{
    private static readonly int[] Ids = [1, 2, 255, 256, 257, 511, 65_535, 65_536, 1_000_003, int.MaxValue];

    [Fact]
    public void Each_document_reads_back_its_fact_id_and_a_name_reads_0()
    {
        using var directory = Index(Ids);
        using var reader = DirectoryReader.Open(directory);

        Assert.Equal([.. Ids, 0], FactIds.Read(Leaf(reader)));
    }

    [Fact]
    public void Deleting_facts_by_id_deletes_their_documents_alone()
    {
        using var directory = Index(Ids);
        using (var writer = Writer(directory))
        {
            writer.DeleteDocuments(IndexedFact.Documents([2, 256, 65_536, 4_000]));
        }

        using var reader = DirectoryReader.Open(directory);
        var ids = FactIds.Read(Leaf(reader));
        var live = MultiFields.GetLiveDocs(reader);

        Assert.Equal(Ids.Except([2, 256, 65_536]), Enumerable.Range(0, ids.Length).Where(doc => live.Get(doc) && ids[doc] != 0).Select(doc => ids[doc]));
    }

    private static RAMDirectory Index(IEnumerable<int> ids)
    {
        var directory = new RAMDirectory();
        using var writer = Writer(directory);
        foreach (var id in ids)
        {
            writer.AddDocument(new IndexedFact(id, "um fato", 1, 2000, ["Um Filme"], [3], [4], [5]).ToDocument());
        }

        writer.AddDocument(new IndexedName("film", 1, "Um Filme").ToDocument());
        writer.ForceMerge(1);
        return directory;
    }

    private static IndexWriter Writer(RAMDirectory directory) =>
        new(directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance));

    private static AtomicReader Leaf(DirectoryReader reader) => Assert.Single(reader.Leaves).AtomicReader;
}
