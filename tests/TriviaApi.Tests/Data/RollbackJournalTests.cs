using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Data;

/// <summary>
/// The first import into a database writes it in rollback-journal mode, and leaves it in WAL mode whatever its
/// outcome; with another connection open on the file, or facts already in it, the import runs in WAL mode as before.
/// </summary>
public sealed class RollbackJournalTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_first_import_writes_in_rollback_journal_mode_and_leaves_the_file_in_wal_mode()
    {
        var seen = new JournalModeWhileSaving();

        await ImportSeedAsync(seen);

        Assert.Equal("delete", seen.Mode);
        Assert.Equal("wal", await ModeOnAFreshConnectionAsync());
        Assert.Equal(Seed.Lines.Count, await FactCountAsync());
    }

    [Fact]
    public async Task Another_connection_open_on_the_file_keeps_the_first_import_in_wal_mode()
    {
        await using var reader = new SqliteConnection($"{_database.ConnectionString};Pooling=False");
        await reader.OpenAsync();
        Assert.Equal(0L, await ScalarAsync(reader, "SELECT count(*) FROM Facts"));
        var seen = new JournalModeWhileSaving();

        await ImportSeedAsync(seen);

        Assert.Equal("wal", seen.Mode);
        Assert.Equal((long)Seed.Lines.Count, await ScalarAsync(reader, "SELECT count(*) FROM Facts"));
    }

    [Fact]
    public async Task An_import_into_a_database_that_holds_facts_runs_in_wal_mode()
    {
        await _database.ImportAsync(Seed.TextPath);
        using var folder = new TriviaFolder();
        folder.WriteManifest("outro.pt-BR.json", "Outro Filme", 2002);
        var seen = new JournalModeWhileSaving();

        await ImportAsync(TriviaSourceLoader.Load([folder.WriteFacts("outro.pt-BR.txt", "Um xilofone aparece na cena final.")]), seen);

        Assert.Equal("wal", seen.Mode);
    }

    [Fact]
    public async Task A_first_import_that_fails_leaves_no_facts_and_the_file_in_wal_mode()
    {
        var before = await DatabaseSnapshot.TakeAsync(_database);
        using var cancellation = new CancellationTokenSource();
        var seen = new JournalModeWhileSaving(cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ImportAsync(TriviaSourceLoader.Load([Seed.TextPath]), seen, cancellation.Token));

        Assert.Equal("delete", seen.Mode);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_database));
        Assert.Equal("wal", await ModeOnAFreshConnectionAsync());
    }

    [Fact]
    public async Task A_dry_run_into_an_empty_database_stays_in_wal_mode()
    {
        var seen = new JournalModeWhileSaving();
        await using var db = _database.NewContext(seen);

        await new KnowledgeBaseImporter(db).ReviewAsync(TriviaSourceLoader.Load([Seed.TextPath]));

        Assert.Equal("wal", seen.Mode);
        Assert.Equal(0, await FactCountAsync());
    }

    private Task ImportSeedAsync(JournalModeWhileSaving seen) => ImportAsync(TriviaSourceLoader.Load([Seed.TextPath]), seen);

    private async Task ImportAsync(IReadOnlyList<TriviaSource> sources, JournalModeWhileSaving seen, CancellationToken cancellationToken = default)
    {
        await using var db = _database.NewContext(seen);
        await new KnowledgeBaseImporter(db).ImportAsync(sources, cancellationToken: cancellationToken);
    }

    private async Task<string> ModeOnAFreshConnectionAsync()
    {
        await using var connection = new SqliteConnection($"{_database.ConnectionString};Pooling=False");
        await connection.OpenAsync();
        return Convert.ToString(await ScalarAsync(connection, "PRAGMA journal_mode"), CultureInfo.InvariantCulture)!;
    }

    private async Task<int> FactCountAsync()
    {
        await using var db = _database.NewContext();
        return await db.Facts.CountAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>
    /// Reads the journal mode on the import's own connection at its first save once facts are written (in its
    /// transaction); and, when given a cancellation, cancels the import there, as Ctrl-C would.
    /// </summary>
    private sealed class JournalModeWhileSaving(CancellationTokenSource? cancellation = null) : SaveChangesInterceptor
    {
        public string? Mode { get; private set; }

        public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            var db = eventData.Context!;
            if (Mode is null && db.Database.CurrentTransaction is { } transaction
                && Convert.ToInt64(await ScalarAsync(db, transaction, "SELECT count(*) FROM Facts", cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                Mode = Convert.ToString(await ScalarAsync(db, transaction, "PRAGMA journal_mode", cancellationToken), CultureInfo.InvariantCulture);
                if (cancellation is not null)
                {
                    await cancellation.CancelAsync();
                }
            }

            return result;
        }

        private static async Task<object?> ScalarAsync(DbContext db, IDbContextTransaction transaction, string sql, CancellationToken cancellationToken)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync(cancellationToken);
        }
    }
}
