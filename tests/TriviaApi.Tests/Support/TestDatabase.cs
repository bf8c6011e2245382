using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

using TriviaApi.Data;
using TriviaApi.Importing;

namespace TriviaApi.Tests.Support;

/// <summary>A fresh SQLite knowledge base in its own temporary file, migrated as the app migrates it; deleted on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"trivia-test-{Guid.NewGuid():N}.db");

    private TestDatabase()
    {
    }

    public string ConnectionString => $"Data Source={_path}";

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public TriviaDbContext NewContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<TriviaDbContext>().UseSqlite(ConnectionString).AddInterceptors(interceptors).Options);

    /// <summary>Loads the files or folders and imports them, as <c>import PATH...</c> does, through a context of its own.</summary>
    public Task<ImportReport> ImportAsync(params string[] paths) => ImportAsync(TriviaSourceLoader.Load(paths));

    public async Task<ImportReport> ImportAsync(IReadOnlyList<TriviaSource> sources, CancellationToken cancellationToken = default)
    {
        await using var db = NewContext();
        var report = await new KnowledgeBaseImporter(db).ImportAsync(sources, cancellationToken: cancellationToken);
        await AssertEveryReferenceResolvesAsync();
        return report;
    }

    /// <summary>
    /// Fails if a row refers to one that is not there. An import writes with SQLite's foreign key checks off
    /// (<c>ForeignKeyChecks</c>), so every import a test makes is checked here instead.
    /// </summary>
    public async Task AssertEveryReferenceResolvesAsync()
    {
        await using var db = NewContext();
        Assert.Empty(await db.Database.SqlQuery<string>($"SELECT \"table\" || ' row ' || coalesce(rowid, '?') || ' -> ' || parent AS Value FROM pragma_foreign_key_check").ToListAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
        {
            File.Delete(file);
        }

        // An import through the app's services (the import command) leaves its search index beside the file.
        var index = Path.ChangeExtension(_path, ".search");
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
