using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using TriviaApi.Importing;
using TriviaApi.Search.Index;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Search;

/// <summary>
/// A commit by another process (the import command beside a running server) is searched from the next search on,
/// though a search lists the index folder only when the folder's time says it may have changed.
/// </summary>
public sealed class CommitsElsewhereTests : IAsyncLifetime, IDisposable
{
    private readonly TriviaFolder _folder = new();
    private IndexedDatabase _indexed = null!;

    public async Task InitializeAsync()
    {
        _indexed = await IndexedDatabase.CreateAsync();
        await _indexed.ImportAsync(_folder.CopySeed());
    }

    public async Task DisposeAsync() => await _indexed.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_commit_elsewhere_is_searched_when_the_folder_had_not_changed_for_long()
    {
        Directory.SetLastWriteTimeUtc(_indexed.IndexPath, DateTime.UtcNow.AddHours(-1));
        Assert.Equal(0, Facts("xilofone"));

        await ImportElsewhereAsync("Um xilofone aparece na cena final.");

        Assert.Equal(1, Facts("xilofone"));
    }

    [Fact]
    public async Task A_commit_elsewhere_that_leaves_the_folders_time_as_it_was_is_searched_while_that_time_is_recent()
    {
        Assert.Equal(0, Facts("xilofone"));
        var looked = Directory.GetLastWriteTimeUtc(_indexed.IndexPath);

        await ImportElsewhereAsync("Um xilofone aparece na cena final.");
        // As on a file system whose clock had not ticked between the two.
        Directory.SetLastWriteTimeUtc(_indexed.IndexPath, looked);

        Assert.Equal(1, Facts("xilofone"));
    }

    private int Facts(string word) =>
        _indexed.Store.Search(s => s.Search(new TermQuery(new Term(FactFields.Text, word)), 1).TotalHits);

    /// <summary>Another process's import: its own connection, index store and writer over the same folder.</summary>
    private async Task ImportElsewhereAsync(string line)
    {
        _folder.WriteManifest("outro.pt-BR.json", "Outro Filme", 2002);
        var file = _folder.WriteFacts("outro.pt-BR.txt", line);
        using var store = new SearchIndexStore(_indexed.IndexPath);
        await using var db = _indexed.Database.NewContext();
        await new KnowledgeBaseImporter(db, new SearchIndexWriter(store, NullLogger<SearchIndexWriter>.Instance)).ImportAsync(TriviaSourceLoader.Load([file]));
    }
}
