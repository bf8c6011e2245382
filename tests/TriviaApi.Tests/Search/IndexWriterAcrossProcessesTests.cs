using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search.Index;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Search;

/// <summary>
/// One index writer at a time across processes: an import from the command line that finds the index's write lock
/// held by another process (a server's keeper rebuilding it) says so and waits, then indexes once it is free. With
/// Lucene.Net's own locks on Linux both processes held it at once, and one deleted the other's unfinished files.
/// </summary>
public sealed class IndexWriterAcrossProcessesTests : IDisposable
{
    private readonly TriviaFolder _folder = new();
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"trivia-writers-{Guid.NewGuid():N}.db");

    private string IndexPath => Path.ChangeExtension(_database, ".search");

    public void Dispose()
    {
        _folder.Dispose();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }

        if (System.IO.Directory.Exists(IndexPath))
        {
            System.IO.Directory.Delete(IndexPath, recursive: true);
        }
    }

    [Fact]
    public async Task An_import_waits_for_the_index_writer_another_process_holds_and_indexes_once_it_is_free()
    {
        _folder.WriteManifest("outro.pt-BR.json", "Outro Filme", 2002);
        var file = _folder.WriteFacts("outro.pt-BR.txt", "Um xilofone aparece na cena final.");
        using var store = new SearchIndexStore(IndexPath);
        var held = store.Directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        Assert.True(held.Obtain());

        var import = await AppProcess.WatchAsync($"Data Source={_database}", new Dictionary<string, string>(), line =>
        {
            if (line.Contains("being written by another process", StringComparison.Ordinal))
            {
                held.Dispose();
            }

            return Task.FromResult(false);
        }, "import", file);

        Assert.True(import.Exit == 0, import.Error);
        Assert.Contains($"The search index at {IndexPath} is being written by another process", import.Output, StringComparison.Ordinal);
        Assert.Equal(1, store.Search(s => s.Search(new TermQuery(new Term(FactFields.Text, "xilofone")), 1).TotalHits));
    }
}
