using System.Globalization;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Search.Analysis;

namespace TriviaApi.Search.Index;

/// <summary>
/// The one writer of the search index: after an import commits, it indexes exactly the facts the import added,
/// changed or removed, and every name; an index that does not reflect the database's generation before the import
/// (missing, stale, interrupted) is rebuilt from the database instead. Each commit records the generation it reflects.
/// </summary>
public sealed partial class SearchIndexWriter(SearchIndexStore store, ILogger<SearchIndexWriter> logger)
{
    private const int Batch = 2_000;

    /// <summary>How long a writer waits for another process's writer (a command-line import) to finish.</summary>
    private static readonly TimeSpan WaitForLock = TimeSpan.FromMinutes(5);

    /// <summary>At start-up: rebuilds the index unless it reflects the database's current generation.</summary>
    public async Task EnsureCurrentAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var generation = await DatabaseGeneration.ReadAsync(db, cancellationToken);
            if (IndexedGeneration() != generation)
            {
                await WriteAsync(db, null, generation, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>After an import's transaction commits: indexes what it changed, or everything when the index lags.</summary>
    public async Task UpdateAsync(TriviaDbContext db, FactChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await WriteAsync(db, changes, await DatabaseGeneration.ReadAsync(db, cancellationToken), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Rebuilds the index from the database.</summary>
    public async Task RebuildAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await WriteAsync(db, null, await DatabaseGeneration.ReadAsync(db, cancellationToken), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The database generation the last commit reflects; null when there is no index (or it cannot be read).</summary>
    public long? IndexedGeneration()
    {
        try
        {
            if (!store.Exists)
            {
                return null;
            }

            var commit = DirectoryReader.ListCommits(store.Directory)[^1];
            return commit.UserData.TryGetValue(DatabaseGeneration.CommitKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private async Task WriteAsync(TriviaDbContext db, FactChanges? changes, long generation, CancellationToken cancellationToken)
    {
        await store.Writing.WaitAsync(cancellationToken);
        try
        {
            // A rebuild creates the index afresh, so a corrupt one is replaced rather than read.
            var incremental = changes is not null && IndexedGeneration() == changes.GenerationBefore;
            using var writer = new IndexWriter(store.Directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance)
            {
                OpenMode = incremental ? OpenMode.APPEND : OpenMode.CREATE,
                Similarity = SearchIndexStore.Similarity,
                RAMBufferSizeMB = 64,
                WriteLockTimeout = (long)WaitForLock.TotalMilliseconds,
            });
            if (incremental)
            {
                await IndexChangesAsync(db, writer, changes!, cancellationToken);
            }
            else
            {
                LogRebuilding(logger, store.Path, generation);
                await IndexFactsAsync(db, writer, db.Facts, replace: false, cancellationToken);
            }

            writer.DeleteDocuments(new Term(FactFields.Kind, "film"), new Term(FactFields.Kind, "person"), new Term(FactFields.Kind, "tag"));
            writer.AddDocuments(IndexedRowsNames(await IndexedRows.NamesAsync(db, cancellationToken)));
            writer.SetCommitData(new Dictionary<string, string> { [DatabaseGeneration.CommitKey] = generation.ToString(CultureInfo.InvariantCulture) });
            writer.Commit();
        }
        finally
        {
            store.Writing.Release();
        }

        store.Refresh();
    }

    private static IEnumerable<IEnumerable<IIndexableField>> IndexedRowsNames(IEnumerable<IndexedName> names) => names.Select(n => n.ToDocument());

    private static async Task IndexChangesAsync(TriviaDbContext db, IndexWriter writer, FactChanges changes, CancellationToken cancellationToken)
    {
        foreach (var chunk in changes.Changed.Order().Chunk(Batch))
        {
            var ids = chunk.ToList();
            await IndexFactsAsync(db, writer, db.Facts.Where(f => ids.Contains(f.Id)), replace: true, cancellationToken);
        }

        // Fact ids are never reused (AUTOINCREMENT): everything past the last id before the import is new.
        var lastBefore = changes.LastIdBefore;
        await IndexFactsAsync(db, writer, db.Facts.Where(f => f.Id > lastBefore), replace: true, cancellationToken);
        if (changes.AnyRemoved)
        {
            var kept = (await db.Facts.Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
            using var reader = writer.GetReader(applyAllDeletes: true);
            var gone = new List<Term>();
            foreach (var leaf in reader.Leaves)
            {
                var ids = leaf.AtomicReader.GetNumericDocValues(FactFields.Id);
                var live = leaf.AtomicReader.LiveDocs;
                var isFact = leaf.AtomicReader.GetDocsWithField(FactFields.Film);
                for (var doc = 0; ids is not null && isFact is not null && doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    if ((live is null || live.Get(doc)) && isFact.Get(doc) && !kept.Contains((int)ids.Get(doc)))
                    {
                        gone.Add(new Term(FactFields.Key, IndexedFact.Key((int)ids.Get(doc))));
                    }
                }
            }

            writer.DeleteDocuments(gone.ToArray());
        }
    }

    private static async Task IndexFactsAsync(TriviaDbContext db, IndexWriter writer, IQueryable<Domain.TriviaFact> facts, bool replace, CancellationToken cancellationToken)
    {
        var lastId = 0;
        while (true)
        {
            var from = lastId;
            var ids = await facts.Where(f => f.Id > from).OrderBy(f => f.Id).Select(f => f.Id).Take(Batch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return;
            }

            var to = ids[^1];
            foreach (var fact in await IndexedRows.FactsAsync(db, facts.Where(f => f.Id > from && f.Id <= to), cancellationToken))
            {
                if (replace)
                {
                    writer.UpdateDocument(new Term(FactFields.Key, IndexedFact.Key(fact.Id)), fact.ToDocument());
                }
                else
                {
                    writer.AddDocument(fact.ToDocument());
                }
            }

            lastId = to;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding the search index at {Path} from the database (generation {Generation}).")]
    private static partial void LogRebuilding(ILogger logger, string path, long generation);
}

/// <summary>
/// What an import changed, for the index: the database generation before it, the highest fact id before it (every
/// fact past it is new), the facts it changed, and whether it removed any.
/// </summary>
public sealed record FactChanges(long GenerationBefore, int LastIdBefore, IReadOnlyCollection<int> Changed, bool AnyRemoved);
