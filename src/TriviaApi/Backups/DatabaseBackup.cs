using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Backups;

/// <summary>
/// A consistent copy of the knowledge base, made with SQLite's online backup API in one step: the copy is read in one
/// read transaction, so it holds the last commit whoever is writing (a server's sessions live elsewhere; an import's
/// uncommitted work is not seen), and in write-ahead-log mode it never waits for a writer nor makes one wait.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>Copies the database to <paramref name="target"/>, which must not exist; returns what the copy holds.</summary>
    /// <exception cref="DatabaseFaultException">The database cannot be read, or the copy does not check out.</exception>
    public static async Task<BackedUpDatabase> CopyAsync(DatabaseFile database, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.CheckAsync(mustExist: true, cancellationToken: cancellationToken);

        // Written beside the target and renamed when complete, so an interrupted backup never leaves a half copy at PATH.
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            BackedUpDatabase copied;
            await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString()))
            await using (var copy = new SqliteConnection(Unpooled(partial)))
            {
                await source.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);
                source.BackupDatabase(copy);

                // One self-contained file: a restored copy, or one published read-only, needs no log beside it.
                await ExecuteAsync(copy, "PRAGMA journal_mode = DELETE", cancellationToken);
                var check = await ExecuteAsync(copy, "PRAGMA quick_check", cancellationToken);
                if (check is not "ok")
                {
                    throw new DatabaseFaultException($"The backup of {database.Path} does not check out ({check}); the database itself may be damaged.");
                }

                copied = new BackedUpDatabase(
                    target,
                    Convert.ToInt64(await ExecuteAsync(copy, "PRAGMA user_version", cancellationToken), CultureInfo.InvariantCulture),
                    await CountFactsAsync(copy, cancellationToken));
            }

            File.Move(partial, target);
            return copied;
        }
        catch (SqliteException e)
        {
            throw DatabaseFaultException.From(e, database.Path);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The copy's facts, counted through the EF model, which owns the table's name.</summary>
    private static async Task<long> CountFactsAsync(SqliteConnection copy, CancellationToken cancellationToken)
    {
        await using var db = new TriviaDbContext(new DbContextOptionsBuilder<TriviaDbContext>().UseSqlite(copy).Options);
        return await db.Facts.LongCountAsync(cancellationToken);
    }

    public static string Unpooled(string file) => new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    private static async Task<object?> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}

/// <summary>The copy a backup wrote: its file, the generation it reflects and how many facts it holds.</summary>
public sealed record BackedUpDatabase(string Path, long Generation, long Facts);
