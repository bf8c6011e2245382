using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using TriviaApi.Search.Analysis;
using TriviaApi.Search.Index;

using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Search;

/// <summary>
/// An import's buffer of documents is written out from a thread of its own while facts keep coming: none is lost or
/// doubled on the way, and near the import's end it is written out early, so little is left to write after the last file.
/// </summary>
public sealed class SearchIndexImportTests : IDisposable
{
    private readonly RAMDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Facts_written_out_in_several_buffers_are_all_indexed_once()
    {
        // A buffer of a quarter of a megabyte fills every thousand facts or so, so this import writes it out several times.
        var writer = new IndexWriter(_directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance) { RAMBufferSizeMB = 0.25 });
        const int Files = 40, FactsPerFile = 100;
        var import = new SearchIndexImport(writer, incremental: false, expected: Files * FactsPerFile, release: () => { });
        for (var file = 0; file < Files; file++)
        {
            await import.AddAsync([.. Enumerable.Range((file * FactsPerFile) + 1, FactsPerFile).Select(Fact)], default);
        }

        import.Complete();
        await import.DrainAsync();
        writer.Commit();
        import.Committed();

        using var reader = DirectoryReader.Open(_directory);
        var ids = new IndexedIds(reader);
        Assert.True(reader.Leaves.Count > 1, $"{reader.Leaves.Count} segment(s): the buffer was never written out before the end");
        Assert.Equal(Enumerable.Range(1, Files * FactsPerFile), Enumerable.Range(0, reader.MaxDoc).Select(doc => (int)ids.Get(doc)).Order());
    }

    [Fact]
    public async Task Near_the_end_the_buffer_is_written_out_so_the_segment_left_after_the_last_file_is_small()
    {
        // A buffer large enough for every fact: only the import's end makes it write one out before the last file.
        var writer = new IndexWriter(_directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance) { RAMBufferSizeMB = 64 });
        const int Files = 40, FactsPerFile = 100;
        var import = new SearchIndexImport(writer, incremental: false, expected: Files * FactsPerFile, release: () => { });
        for (var file = 0; file < Files; file++)
        {
            await import.AddAsync([.. Enumerable.Range((file * FactsPerFile) + 1, FactsPerFile).Select(Fact)], default);
        }

        import.Complete();
        await import.DrainAsync();
        writer.Commit();
        import.Committed();

        using var reader = DirectoryReader.Open(_directory);
        var segments = reader.Leaves.Select(leaf => leaf.Reader.MaxDoc).ToList();
        Assert.Equal(Files * FactsPerFile, segments.Sum());
        Assert.Equal(2, segments.Count);
        Assert.InRange(segments.Min(), 1, Files * FactsPerFile / 8);
    }

    private static IndexedFact Fact(int id) =>
        new(id, $"O fato número {id.ToString(CultureInfo.InvariantCulture)} fala de um piano e de uma harpa.", FilmId: 1 + (id / 100), Year: 2000, ["Filme", "Pessoa"], [1], [], [2]);
}
