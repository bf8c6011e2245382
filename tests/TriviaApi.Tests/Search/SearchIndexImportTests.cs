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

    private const int Files = 40, FactsPerFile = 100;

    [Fact]
    public async Task Facts_written_out_in_several_buffers_are_all_indexed_once()
    {
        // A buffer of 0.4 MB fills every thousand facts or so, so this import writes it out several times besides the
        // write near its end. (At a quarter of a megabyte Lucene's own blocks nearly fill it, and it writes almost every
        // fact out alone, then spends seconds merging them.)
        using var reader = await ImportAsync(bufferMegabytes: 0.4);

        var ids = new IndexedIds(reader);
        Assert.True(reader.Leaves.Count > 2, $"{reader.Leaves.Count} segment(s): the buffer was not written out before the end's write");
        Assert.Equal(Enumerable.Range(1, Files * FactsPerFile), Enumerable.Range(0, reader.MaxDoc).Select(doc => (int)ids.Get(doc)).Order());
    }

    [Fact]
    public async Task Near_the_end_the_buffer_is_written_out_so_the_segment_left_after_the_last_file_is_small()
    {
        // A buffer large enough for every fact: only the import's end makes it write one out before the last file.
        using var reader = await ImportAsync(bufferMegabytes: 64);

        var segments = reader.Leaves.Select(leaf => leaf.Reader.MaxDoc).ToList();
        Assert.Equal(Files * FactsPerFile, segments.Sum());
        Assert.Equal(2, segments.Count);
        Assert.InRange(segments.Min(), 1, Files * FactsPerFile / 8);
    }

    /// <summary>An import of <see cref="Files"/> files' facts, a file at a time, committed; the index as it then is.</summary>
    private async Task<DirectoryReader> ImportAsync(double bufferMegabytes)
    {
        var writer = new IndexWriter(_directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance) { RAMBufferSizeMB = bufferMegabytes });
        var import = new SearchIndexImport(writer, incremental: false, expected: Files * FactsPerFile, release: () => { });
        for (var file = 0; file < Files; file++)
        {
            await import.AddAsync([.. Enumerable.Range((file * FactsPerFile) + 1, FactsPerFile).Select(Fact)], default);
        }

        import.Complete();
        await import.DrainAsync();
        writer.Commit();
        import.Committed();
        return DirectoryReader.Open(_directory);
    }

    private static IndexedFact Fact(int id) =>
        new(id, $"O fato número {id.ToString(CultureInfo.InvariantCulture)} fala de um piano e de uma harpa.", FilmId: 1 + (id / 100), Year: 2000, ["Filme", "Pessoa"], [1], [], [2]);
}
