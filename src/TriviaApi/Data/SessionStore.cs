using Microsoft.Data.Sqlite;

namespace TriviaApi.Data;

/// <summary>
/// Where sessions are kept: <c>ConnectionStrings:Sessions</c>, by default a file beside the database
/// (<c>trivia.sessions.db</c>). A read-only database (<c>Mode=ReadOnly</c>) has none unless one is configured, so
/// replicas serving a published file share a store they name, or refuse session writes as read-only.
/// </summary>
public sealed class SessionStore(string? connectionString, int maxSessions, int maxSeen = SessionStore.DefaultMaxSeen) : IDisposable
{
    public const string ConnectionStringName = "Sessions";

    public const int DefaultMaxSeen = 1_000;

    private readonly SemaphoreSlim _writing = new(1, 1);

    /// <summary>Null when sessions cannot be written here.</summary>
    public string? ConnectionString { get; } = connectionString;

    /// <summary>Live sessions kept at most; beyond it the least recently used are evicted.</summary>
    public int MaxSessions { get; } = maxSessions;

    /// <summary>
    /// Facts one session remembers at most: beyond it the longest remembered are forgotten (and may come again), so a
    /// session's memory is bounded however long it draws.
    /// </summary>
    public int MaxSeen { get; } = maxSeen;

    /// <summary>
    /// This process's writes to the store, one at a time. SQLite takes one writer per file, and Microsoft.Data.Sqlite
    /// waits for a busy file by putting its thread to sleep for 150 ms at a time, so concurrent writes queued in steps
    /// of 150 ms on sleeping threads. Queued here, a write waits only for those before it, and holds no thread.
    /// </summary>
    public async Task WriteAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await write();
        }
        finally
        {
            _writing.Release();
        }
    }

    public void Dispose() => _writing.Dispose();

    /// <exception cref="DatabaseReadOnlyException">There is no session store to write.</exception>
    public void EnsureWritable()
    {
        if (ConnectionString is null)
        {
            throw new DatabaseReadOnlyException();
        }
    }

    /// <summary>The store configured, or the file beside a writable database's; none beside a read-only one.</summary>
    public static string? For(string? configured, string databaseConnectionString)
    {
        if (configured is { Length: > 0 })
        {
            return configured;
        }

        var database = new SqliteConnectionStringBuilder(databaseConnectionString);
        return database.Mode == SqliteOpenMode.ReadOnly ? null
            : new SqliteConnectionStringBuilder { DataSource = Path.ChangeExtension(database.DataSource, ".sessions.db") }.ToString();
    }
}
