using Microsoft.Data.Sqlite;
using Microsoft.Win32.SafeHandles;

namespace TriviaApi.Data;

/// <summary>
/// Has the operating system write what a long transaction has put in the database's files so far to disk, on another
/// thread, while the transaction goes on with work that writes little (making indexes): SQLite flushes its files at
/// the commit all the same, and then waits for what was written since rather than for the whole bulk write. SQLite's
/// own file descriptors are borrowed, never closed: closing any descriptor of a file drops every POSIX lock the
/// process holds on it, SQLite's included, so the file is not opened anew. Where they cannot be found (the descriptor
/// table in /proc is Linux's), the commit flushes everything, as it would have.
/// </summary>
internal static class FlushAhead
{
    /// <summary>Flushes the connection's database file and its write-ahead log on the thread pool; the task never faults.</summary>
    public static Task StartAsync(SqliteConnection connection)
    {
        if (!OperatingSystem.IsLinux() || connection.DataSource is not { Length: > 0 } database)
        {
            return Task.CompletedTask;
        }

        string[] files = [database, database + "-wal"];
        return Task.Run(() =>
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                try
                {
                    if (new FileInfo(entry).LinkTarget is { } target && files.Contains(target)
                        && int.TryParse(Path.GetFileName(entry), out var descriptor))
                    {
                        using var borrowed = new SafeFileHandle(descriptor, ownsHandle: false);
                        RandomAccess.FlushToDisk(borrowed);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or ObjectDisposedException)
                {
                    // Only a head start: the commit's own flush is the one that counts, and reports what fails.
                }
            }
        });
    }
}
