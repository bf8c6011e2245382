using Microsoft.EntityFrameworkCore;

namespace TriviaApi.Data;

/// <summary>
/// Secondary indexes of some tables, dropped for a bulk write and made again from their own SQL afterwards, in the
/// caller's transaction: rows inserted in key order but indexed by another column land all over that index, each
/// insert dirtying a page of its own, while an index made at the end is sorted once and written page after page.
/// Nothing may read those tables by the dropped indexes in between (SQLite would scan instead: correct, but slow).
/// The transaction keeps it safe: rolled back, the drop is undone with everything else. The primary keys stay.
/// </summary>
internal sealed class DeferredIndexes
{
    /// <summary>The page cache the indexes are made with: SQLite's default, about 2 MB.</summary>
    private const int SortingCacheMegabytes = 2;

    private readonly TriviaDbContext _db;
    private readonly List<string> _definitions;

    private DeferredIndexes(TriviaDbContext db, List<string> definitions) => (_db, _definitions) = (db, definitions);

    /// <summary>Drops the indexes the model declares on the entities' tables (their keys excepted) until <see cref="Restore"/>.</summary>
    public static DeferredIndexes Drop(TriviaDbContext db, params Type[] entities)
    {
        var names = entities
            .SelectMany(type => (db.Model.FindEntityType(type) ?? throw new ArgumentException($"{type.Name} is not in the model.", nameof(entities))).GetIndexes())
            .Select(index => index.GetDatabaseName()!)
            .ToList();

        // Made again as the database declares them, which is what the migrations made.
        var definitions = new List<string>();
        using var read = PreparedCommands.Prepare(db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = $name", "$name");
        foreach (var name in names)
        {
            if (PreparedCommands.Execute(read, name) is string definition)
            {
                definitions.Add(definition);
                Run(db, $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            }
        }

        return new DeferredIndexes(db, definitions);
    }

    /// <summary>Makes the dropped indexes again; before the transaction commits.</summary>
    public void Restore()
    {
        // SQLite sorts an index's rows in runs as large as the page cache, then merges them: runs the size of its
        // default cache, which fit the processor's caches, sort faster than one run as large as the cache a bulk write
        // enlarged. With the smaller cache, the pages the bulk write left dirty also go to the file now, not at the commit.
        using var cache = PageCache.Resize(_db, SortingCacheMegabytes);
        foreach (var definition in _definitions)
        {
            Run(_db, definition);
        }

        _definitions.Clear();
    }

    private static void Run(TriviaDbContext db, string sql)
    {
        using var command = PreparedCommands.Prepare(db, sql);
        command.ExecuteNonQuery();
    }
}
