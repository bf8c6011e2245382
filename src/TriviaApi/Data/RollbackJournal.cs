using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace TriviaApi.Data;

/// <summary>
/// The knowledge base in rollback-journal mode for one bulk transaction into a database that holds no facts yet, and
/// in write-ahead-log mode again once it has ended. In WAL mode every page of a large transaction is written twice:
/// into the log as the transaction runs, then into the database by the checkpoint at its commit. With a rollback
/// journal, pages go straight into the database file, and the journal keeps only the pages the file held before
/// (for a database without facts, its schema and little else), so a crash or a rollback still restores it as it was.
/// <para>
/// SQLite leaves WAL mode only while no other connection, in this process or another, has the file open: a server
/// reading it keeps it in WAL mode, and the import then runs as it would have. The switch is tried once, never
/// waited for; whether it took is read back. The price of the mode is that the import holds the file exclusively
/// once its writes spill into it: a reader that opens the file meanwhile (a server starting, a backup) waits for the
/// commit, as it waits for any lock, instead of reading the empty database beside the import.
/// </para>
/// Begun on an open connection outside a transaction, and disposed after the transaction ends, before the connection
/// closes. A process killed in between leaves the file in rollback-journal mode without facts; the next import into
/// it (the server's seed import, the import run again) writes it so too, and sets WAL mode back.
/// </summary>
internal sealed class RollbackJournal : IAsyncDisposable
{
    private const string WriteAheadLog = "wal";
    private const string Rollback = "delete";

    private readonly SqliteConnection _connection;

    private RollbackJournal(SqliteConnection connection) => _connection = connection;

    /// <summary>
    /// Puts the database in rollback-journal mode until disposed, when it holds no facts and is in WAL or
    /// rollback-journal mode; null when it stays as it is (another connection has it open, a database in memory).
    /// </summary>
    public static async Task<RollbackJournal?> TryBeginAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("The journal mode changes only outside a transaction.");
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            throw new InvalidOperationException("The journal mode is changed on an open connection.");
        }

        if (await ModeAsync(connection, cancellationToken) is not (WriteAheadLog or Rollback)
            || await db.Facts.AnyAsync(cancellationToken))
        {
            return null;
        }

        // Run once, without Microsoft.Data.Sqlite's retries: another connection's lock is an answer, not a wait.
        _ = raw.sqlite3_exec(connection.Handle, "PRAGMA journal_mode = DELETE");
        return await ModeAsync(connection, cancellationToken) == Rollback ? new RollbackJournal(connection) : null;
    }

    /// <summary>
    /// Sets WAL mode back, after the transaction has committed or rolled back. A reader that opened the file in the
    /// meantime holds it only briefly: its lock is waited for, up to the connection's busy timeout. Past it, the file
    /// stays in rollback-journal mode, as a restored backup is, which serves all the same: the import's outcome,
    /// already decided, is what its caller hears, not this.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL";
            await command.ExecuteScalarAsync();
        }
        catch (SqliteException)
        {
        }
    }

    private static async Task<string> ModeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
    }
}
