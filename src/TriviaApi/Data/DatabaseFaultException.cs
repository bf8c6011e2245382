using Microsoft.Data.Sqlite;

namespace TriviaApi.Data;

/// <summary>
/// The database file cannot be used as it is: not a SQLite database, cut short, corrupt, locked or unreadable. Its
/// message is one line naming the file and saying what to do, for the server's start and the import command alike.
/// </summary>
public sealed class DatabaseFaultException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Says what SQLite's error means for the file at <paramref name="path"/>.</summary>
    public static DatabaseFaultException From(SqliteException e, string path)
    {
        ArgumentNullException.ThrowIfNull(e);

        // Extended result codes carry the primary code in their low byte.
        var what = (e.SqliteErrorCode & 0xFF) switch
        {
            26 => "is not a SQLite database (or its header is damaged); restore it from a backup, or delete it and re-import",
            11 => "is corrupt; restore it from a backup, or delete it and re-import",
            5 or 6 => "is locked by another process (an import or a backup?); try again when it is done",
            8 => "is read-only and this needs to write to it",
            14 => "cannot be opened (a missing folder, or no permission to read it or its folder)",
            13 => "cannot grow: the disk is full",
            10 => "cannot be read or written (an I/O error)",
            _ => "cannot be used",
        };
        return new DatabaseFaultException($"The database {path} {what} ({e.Message.Replace(Environment.NewLine, " ", StringComparison.Ordinal).TrimEnd('.')}).", e);
    }
}
