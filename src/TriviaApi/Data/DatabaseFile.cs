using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TriviaApi.Data;

/// <summary>
/// The SQLite file a connection string names, checked on a connection of its own: at start, before EF touches it, so a
/// file that is not a database, is cut short, locked or unreadable is refused with one line naming it; and by the
/// readiness check while the server runs.
/// </summary>
public sealed class DatabaseFile
{
    private static readonly byte[] Magic = "SQLite format 3\0"u8.ToArray();

    /// <summary>Long enough for a reader's or a checkpoint's brief lock, short enough that a held lock is said at once.</summary>
    private const int FirstWaitSeconds = 1;

    /// <summary>SQLITE_READONLY_ROLLBACK: a read-only connection found a journal left by a writer that died.</summary>
    private const int ReadOnlyRollback = 776;

    public DatabaseFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        ConnectionString = connectionString;
        Path = builder.DataSource;
        IsReadOnly = builder.Mode == SqliteOpenMode.ReadOnly;
        IsInMemory = builder.Mode == SqliteOpenMode.Memory || Path is "" or ":memory:";
    }

    public string ConnectionString { get; }

    public string Path { get; }

    /// <summary><c>Mode=ReadOnly</c> in the connection string (which <see cref="ReadOnlyWhereNotWritable"/> adds).</summary>
    public bool IsReadOnly { get; }

    public bool IsInMemory { get; }

    /// <summary>Whether the file exists now; a server whose file was deleted keeps writing into the deleted inode.</summary>
    public bool Exists => IsInMemory || File.Exists(Path);

    /// <summary>
    /// The connection string, with <c>Mode=ReadOnly</c> added when the file exists and this process may not write it
    /// (its permissions, an immutable file, a read-only mount): it is then served as a published read-only copy is,
    /// rather than failing at its first write.
    /// </summary>
    public static string ReadOnlyWhereNotWritable(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode is SqliteOpenMode.ReadOnly or SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            || !File.Exists(builder.DataSource) || MayWrite(builder.DataSource))
        {
            return connectionString;
        }

        builder.Mode = SqliteOpenMode.ReadOnly;
        return builder.ToString();
    }

    /// <summary>Whether this process may open the file to write: the system's answer, root's and ACLs included.</summary>
    private static bool MayWrite(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads the database's header and generation on a fresh, unpooled, read-only connection (a pooled one keeps
    /// reading a file since deleted or overwritten, and a read-write one would create a missing file). A missing file
    /// passes unless <paramref name="mustExist"/>: SQLite makes a new database there.
    /// </summary>
    /// <param name="mustExist">Whether a missing file is a fault.</param>
    /// <param name="waiting">Told at once when another process holds the file locked (see <see cref="SayingWhenLockedAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The database's generation (<c>user_version</c>); 0 for a file yet to be made.</returns>
    public async Task<long> CheckAsync(bool mustExist, Action<string>? waiting = null, CancellationToken cancellationToken = default)
    {
        if (IsInMemory)
        {
            return 0;
        }

        if (!File.Exists(Path))
        {
            return mustExist || Directory.Exists(Path)
                ? throw new DatabaseFaultException($"The database {Path} {(Directory.Exists(Path) ? "is a folder, not a file" : "does not exist (deleted or moved while in use?)")}.")
                : 0;
        }

        if (ReadHeader() is { } fault)
        {
            throw new DatabaseFaultException($"The database {Path} {fault}.");
        }

        try
        {
            try
            {
                return await ReadGenerationAsync(Mode(SqliteOpenMode.ReadOnly), waiting, cancellationToken);
            }
            catch (SqliteException e) when (e.SqliteExtendedErrorCode == ReadOnlyRollback && !IsReadOnly)
            {
                // A process killed while it wrote in rollback-journal mode (an import, see RollbackJournal) left its
                // journal: a connection that may write puts the pages back, which a read-only one may not.
                await ReadGenerationAsync(Mode(SqliteOpenMode.ReadWrite), waiting, cancellationToken);
                return await ReadGenerationAsync(Mode(SqliteOpenMode.ReadOnly), waiting, cancellationToken);
            }
        }
        catch (SqliteException e)
        {
            throw DatabaseFaultException.From(e, Path);
        }
    }

    /// <summary>The database's generation, read on a fresh, unpooled connection of the given mode.</summary>
    private static async Task<long> ReadGenerationAsync(string connectionString, Action<string>? waiting, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await SayingWhenLockedAsync(connection, waiting, async () =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master; PRAGMA user_version;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : 0;
        });
    }

    /// <summary>This file's connection string, unpooled, opened in <paramref name="mode"/> (never creating the file).</summary>
    private string Mode(SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder(ConnectionString) { Mode = mode, Pooling = false }.ToString();

    /// <summary>
    /// Runs <paramref name="work"/> on <paramref name="connection"/>, waiting at first only a second for a lock another
    /// process holds (an import, a backup, a <c>BEGIN EXCLUSIVE</c>): past it, <paramref name="waiting"/> is told the
    /// file and how long it will be waited for, then the rest of the connection's busy timeout (<c>Default
    /// Timeout</c>) is waited. So a locked file is said at once, never a silent wait of the whole timeout; a lock
    /// released in time lets the work go on, and one held past it throws as before.
    /// </summary>
    public static async Task<T> SayingWhenLockedAsync<T>(SqliteConnection connection, Action<string>? waiting, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(work);
        var timeout = connection.DefaultTimeout;

        // 0 waits without end: nothing to say in advance.
        if (waiting is null || timeout <= FirstWaitSeconds)
        {
            return await work();
        }

        connection.DefaultTimeout = FirstWaitSeconds;
        try
        {
            return await work();
        }
        catch (SqliteException e) when (IsLocked(e))
        {
            waiting(string.Create(CultureInfo.InvariantCulture, $"The database {connection.DataSource} is locked by another process (an import or a backup?); waiting up to {timeout} s for it (Default Timeout in the connection string)."));
            connection.DefaultTimeout = timeout - FirstWaitSeconds;
            return await work();
        }
        finally
        {
            connection.DefaultTimeout = timeout;
        }
    }

    /// <summary>SQLITE_BUSY or SQLITE_LOCKED: another connection holds a lock this one needs.</summary>
    public static bool IsLocked(SqliteException e) => (e?.SqliteErrorCode & 0xFF) is 5 or 6;

    /// <summary>
    /// A fresh, unpooled, read-only connection to the file: it never creates a missing file, never takes a write lock,
    /// and never keeps a file since deleted or overwritten open in a pool.
    /// </summary>
    public async Task<SqliteConnection> OpenReadOnlyAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(Mode(SqliteOpenMode.ReadOnly));
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// What is wrong with the file's first 100 bytes, if anything: not SQLite's, or declaring more pages than the file
    /// holds (a copy cut short). The size is only trusted without a write-ahead log or a rollback journal beside it:
    /// a checkpoint in progress writes the header before the pages that follow it, and a transaction in
    /// rollback-journal mode (running, or cut short and yet to be rolled back) may have written it already.
    /// </summary>
    private string? ReadHeader()
    {
        try
        {
            using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (file.Length == 0)
            {
                return null;
            }

            Span<byte> header = stackalloc byte[100];
            if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header[..16].SequenceEqual(Magic))
            {
                return "is not a SQLite database";
            }

            var pageSize = BinaryPrimitives.ReadUInt16BigEndian(header[16..]) is var size && size == 1 ? 65_536 : size;
            var pages = BinaryPrimitives.ReadUInt32BigEndian(header[28..]);
            var sizeIsValid = pages > 0 && header[24..28].SequenceEqual(header[92..96]);
            var declared = (long)pages * pageSize;
            var besides = new[] { new FileInfo(Path + "-wal"), new FileInfo(Path + "-journal") };
            return sizeIsValid && declared > file.Length && !besides.Any(log => log.Exists && log.Length > 0)
                ? string.Create(CultureInfo.InvariantCulture, $"is truncated: {file.Length:N0} bytes of the {declared:N0} its header declares; restore it from a backup, or delete it and re-import")
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read ({e.Message})";
        }
    }
}
