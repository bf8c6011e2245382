using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace TriviaApi.Data;

/// <summary>
/// SQLite's page cache on the context's connection, resized for a while: enlarged for a bulk write, or made small
/// again for a step that sorts (see <see cref="DeferredIndexes"/>). An import inserts into a dozen B-trees at once,
/// facts, their links and the indexes of both; with SQLite's default cache (about 2 MB) the pages each insert touches
/// are soon evicted, written to the write-ahead log before the transaction commits, and read back from it by the next
/// insert that needs them. <see cref="Restore"/> sets it back as it was, and must come before the transaction ends:
/// ending it closes the connection, which goes back to the pool with whatever cache it has. Disposing restores it too
/// while the connection is still open (after a failure).
/// </summary>
internal sealed class PageCache : IDisposable
{
    private readonly TriviaDbContext _db;
    private readonly long _before;
    private bool _restored;

    private PageCache(TriviaDbContext db, long before) => (_db, _before) = (db, before);

    /// <summary>Gives the open connection a cache of <paramref name="megabytes"/> until restored or disposed.</summary>
    public static PageCache Resize(TriviaDbContext db, int megabytes)
    {
        using var read = PreparedCommands.Prepare(db, "PRAGMA cache_size");
        var before = Convert.ToInt64(read.ExecuteScalar(), CultureInfo.InvariantCulture);
        Set(db, -1024L * megabytes);
        return new PageCache(db, before);
    }

    /// <summary>Sets the cache back as it was.</summary>
    public void Restore()
    {
        if (!_restored)
        {
            _restored = true;
            Set(_db, _before);
        }
    }

    public void Dispose()
    {
        if (_db.Database.GetDbConnection().State == System.Data.ConnectionState.Open)
        {
            Restore();
        }
    }

    // A negative size is in KiB, a positive one in pages: SQLite's own convention, kept as read.
    private static void Set(TriviaDbContext db, long size)
    {
        using var write = PreparedCommands.Prepare(db, $"PRAGMA cache_size = {size.ToString(CultureInfo.InvariantCulture)}");
        write.ExecuteNonQuery();
    }
}
