using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace TriviaApi.Data;

/// <summary>
/// SQLite's foreign key checks on the context's connection, turned off for an import's bulk writes. Every row an
/// import inserts refers to a row it has just read or written, and checking each reference (a parent looked up for
/// every link) cost SQLite more than writing the row. SQLite only changes the setting outside a transaction, so this
/// is begun before the import's transaction and disposed after it ends; it holds the connection open meanwhile,
/// so the setting is back on before the connection returns to the pool. The transaction itself is not weakened: a
/// crash or a rollback still undoes every write. Off, SQLite also skips the schema's <c>ON DELETE</c> actions: what
/// an import deletes must take its dependent rows with it itself (see <c>Orphans</c>).
/// </summary>
internal sealed class ForeignKeyChecks : IAsyncDisposable
{
    private readonly TriviaDbContext _db;
    private readonly bool _before;

    private ForeignKeyChecks(TriviaDbContext db, bool before) => (_db, _before) = (db, before);

    /// <summary>Opens the connection and turns the checks off, until disposed; outside a transaction.</summary>
    public static async Task<ForeignKeyChecks> SuspendAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("Foreign key checks change only outside a transaction.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        bool before;
        try
        {
            await using var read = PreparedCommands.Prepare(db, "PRAGMA foreign_keys");
            before = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) != 0;
            await SetAsync(db, on: false);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }

        return new ForeignKeyChecks(db, before);
    }

    /// <summary>Sets the checks back as they were and lets the connection close.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await SetAsync(_db, _before);
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }

    private static async Task SetAsync(TriviaDbContext db, bool on)
    {
        await using var command = PreparedCommands.Prepare(db, on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
        await command.ExecuteNonQueryAsync();
    }
}
