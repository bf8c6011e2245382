using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TriviaApi.Importing;
using TriviaApi.Search.Index;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Search;

/// <summary>
/// The index's commit fails after the database's: the import says the database did change, the index keeps its last
/// commit (never half an import), and the next start indexes what the database holds.
/// </summary>
public sealed class SearchIndexBehindTests : IAsyncLifetime, IDisposable
{
    private readonly TriviaFolder _folder = new();
    private readonly FailingDisk _disk = new();
    private SearchIndexStore _store = null!;
    private SearchIndexWriter _writer = null!;
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _store = new SearchIndexStore("(in memory)", _disk);
        _writer = new SearchIndexWriter(_store, NullLogger<SearchIndexWriter>.Instance);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private async Task<ImportReport> ImportAsync(string file)
    {
        await using var db = _database.NewContext();
        return await new KnowledgeBaseImporter(db, _writer).ImportAsync(TriviaSourceLoader.Load([file]));
    }

    private int Facts(string term) => _store.Search(s => s.Search(new TermQuery(new Term(FactFields.Text, term)), 1).TotalHits);

    [Fact]
    public async Task An_index_commit_failing_after_the_database_commit_says_the_database_changed_and_the_next_start_catches_up()
    {
        _folder.WriteManifest("primeiro.pt-BR.json", "Primeiro Filme", 2001);
        await ImportAsync(_folder.WriteFacts("primeiro.pt-BR.txt", "Uma frase sobre o piano."));
        _folder.WriteManifest("segundo.pt-BR.json", "Segundo Filme", 2002);
        _disk.Failing = true;

        var behind = await Assert.ThrowsAsync<SearchIndexBehindException>(() => ImportAsync(_folder.WriteFacts("segundo.pt-BR.txt", "Uma frase sobre o xilofone.")));
        await using var db = _database.NewContext();
        var inDatabase = await db.Facts.CountAsync(f => f.Text.Contains("xilofone"));
        var searchedBefore = (Facts("piano"), Facts("xilofone"), _writer.IndexedGeneration());
        _disk.Failing = false;
        await _writer.EnsureCurrentAsync(db, default);

        Assert.Contains("rebuilt when the API next starts", behind.Message, StringComparison.Ordinal);
        Assert.Equal(1, inDatabase);
        Assert.Equal((1, 0, 1L), searchedBefore);
        Assert.Equal((1, 1, 2L), (Facts("piano"), Facts("xilofone"), _writer.IndexedGeneration()));
    }

    /// <summary>An index folder in memory whose flush to disk can be made to fail, as a full or failing disk does.</summary>
    private sealed class FailingDisk : RAMDirectory
    {
        public bool Failing { get; set; }

        public override void Sync(ICollection<string> names)
        {
            if (Failing)
            {
                throw new IOException("No space left on device");
            }

            base.Sync(names);
        }
    }
}
