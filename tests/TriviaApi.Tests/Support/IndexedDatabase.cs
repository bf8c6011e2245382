using Microsoft.Extensions.Logging.Abstractions;
using TriviaApi.Importing;
using TriviaApi.Search.Index;

namespace TriviaApi.Tests.Support;

/// <summary>A <see cref="TestDatabase"/> with its search index in a folder of its own; both deleted on dispose.</summary>
public sealed class IndexedDatabase : IAsyncDisposable
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), $"trivia-index-{Guid.NewGuid():N}");

    private IndexedDatabase(TestDatabase database)
    {
        Database = database;
        Store = new SearchIndexStore(_indexPath);
        Writer = new SearchIndexWriter(Store, NullLogger<SearchIndexWriter>.Instance);
    }

    public TestDatabase Database { get; }

    public SearchIndexStore Store { get; private set; }

    public SearchIndexWriter Writer { get; private set; }

    public string IndexPath => _indexPath;

    public static async Task<IndexedDatabase> CreateAsync() => new(await TestDatabase.CreateAsync());

    /// <summary>Imports as the app does: the database in its transaction, then the index.</summary>
    public async Task<ImportReport> ImportAsync(params string[] paths)
    {
        await using var db = Database.NewContext();
        var report = await new KnowledgeBaseImporter(db, Writer).ImportAsync(TriviaSourceLoader.Load(paths));
        await Database.AssertEveryReferenceResolvesAsync();
        return report;
    }

    /// <summary>What start-up does: rebuild the index unless it reflects the database.</summary>
    public async Task EnsureCurrentAsync()
    {
        await using var db = Database.NewContext();
        await Writer.EnsureCurrentAsync(db, default);
    }

    /// <summary>A new process's view of the same folder, as after a restart.</summary>
    public void Reopen()
    {
        Store.Dispose();
        Store = new SearchIndexStore(_indexPath);
        Writer = new SearchIndexWriter(Store, NullLogger<SearchIndexWriter>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        Store.Dispose();
        await Database.DisposeAsync();
        if (Directory.Exists(_indexPath))
        {
            Directory.Delete(_indexPath, recursive: true);
        }
    }
}
