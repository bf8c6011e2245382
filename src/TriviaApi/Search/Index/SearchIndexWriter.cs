using System.Globalization;
using System.Threading.Channels;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Search.Analysis;

namespace TriviaApi.Search.Index;

/// <summary>
/// The one writer of the search index. An import holds it for its whole run (<see cref="SearchIndexImport"/>): the
/// facts it adds are indexed while it extracts and writes the database, uncommitted; before the database commits,
/// the facts it changed or removed and every name follow and the index prepares its commit, which it finishes once
/// the database has committed. An index that does not reflect the
/// database's generation before the import (missing, stale, interrupted) is rebuilt instead: the facts from before
/// are read back from the database. Each commit records the generation it reflects, and the layout of its documents
/// (<see cref="FactFields.Format"/>): an index of another layout is rebuilt as a stale one is.
/// </summary>
public sealed partial class SearchIndexWriter(SearchIndexStore store, ILogger<SearchIndexWriter> logger)
{
    // Facts read and added together: a multiple of 64, so that, added from several threads, each segment still holds
    // the ids of each block of 64 documents one after another (FactColumns.RunStarts).
    private const int Batch = 2_048;

    /// <summary>How long a writer waits for another process's writer (a command-line import) to finish.</summary>
    private static readonly TimeSpan WaitForLock = TimeSpan.FromMinutes(5);

    /// <summary>
    /// At start-up, before the server listens: whether the index reflects the database's current generation. When it
    /// does not, searches in this process answer "not ready" from now on, until <see cref="EnsureCurrentAsync"/> has
    /// rebuilt it (<see cref="SearchIndexKeeper"/>, once the server listens).
    /// </summary>
    public async Task<bool> CheckAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        if (IndexedGeneration() == await DatabaseGeneration.ReadAsync(db, cancellationToken))
        {
            return true;
        }

        store.MarkBehind();
        return false;
    }

    /// <summary>
    /// Rebuilds the index unless it reflects the database's current generation; searches in this process answer "not
    /// ready" while it does. Returns whether it rebuilt.
    /// </summary>
    public async Task<bool> EnsureCurrentAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Looked at first without the write lock: an index that is current costs the check nothing more.
            if (IndexedGeneration() == await DatabaseGeneration.ReadAsync(db, cancellationToken))
            {
                store.MarkCurrent();
                return false;
            }

            return await RebuildAsync(db, unlessCurrent: true, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Opens the index for an import about to write the database, whose transaction read <paramref name="generationBefore"/>,
    /// and which may add up to <paramref name="expected"/> facts:
    /// the facts it adds are indexed as it goes (<see cref="SearchIndexImport.AddAsync"/>), uncommitted until
    /// <see cref="CommitImportAsync"/>, after the database's commit. Other writers wait until then.
    /// </summary>
    /// <param name="generationBefore">The database's generation as the import's transaction read it.</param>
    /// <param name="expected">How many facts the import may add.</param>
    /// <param name="waiting">Told at once when another process holds the index's writer (a server rebuilding it).</param>
    /// <param name="cancellationToken">Cancels the wait for this process's other writers.</param>
    public async Task<SearchIndexImport> BeginImportAsync(long generationBefore, int expected, Action<string>? waiting, CancellationToken cancellationToken)
    {
        await store.Writing.WaitAsync(cancellationToken);
        try
        {
            // Waited for before the index's generation is read: the other writer may bring it to the import's.
            WaitForOtherProcesses(waiting);
            // An index that does not reflect the database before the import is rebuilt: CREATE replaces it at the commit.
            var incremental = IndexedGeneration() == generationBefore;
            return new SearchIndexImport(Open(incremental), incremental, expected, () => store.Writing.Release());
        }
        catch
        {
            store.Writing.Release();
            throw;
        }
    }

    /// <summary>
    /// In the import's transaction, once the database holds everything the import changes and
    /// <paramref name="generation"/> is the generation it is about to commit: brings the index to the same state (the
    /// facts changed or removed besides those added, or, when the index lagged, every fact from before; every name) and
    /// prepares the index's commit, the first phase of Lucene's two, with that generation. What it reads from the
    /// database is read before it returns; the index's part goes on, on a thread of its own, while the import commits
    /// the database, and <see cref="CommitImportAsync"/> finishes it afterwards.
    /// </summary>
    public async Task PrepareImportAsync(SearchIndexImport import, TriviaDbContext db, FactChanges changes, long generation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(changes);
        if (import.Incremental)
        {
            await IndexChangesAsync(db, import.Writer, changes, cancellationToken);
        }
        else
        {
            LogRebuilding(logger, store.Path, generation);
            var lastBefore = changes.LastIdBefore;
            await IndexFactsAsync(import.Writer, IndexedRows.FactsUpTo(db, lastBefore), cancellationToken);
        }

        var names = await IndexedRows.NamesAsync(db, cancellationToken);
        import.Prepare(writer => Prepare(writer, names, generation));
    }

    /// <summary>After the database's commit: finishes the index's prepared commit, and closes the writer.</summary>
    public async Task CommitImportAsync(SearchIndexImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        await import.PreparedAsync();
        import.Writer.Commit();
        import.Committed();
        store.Refresh();
        store.MarkCurrent();
    }

    /// <summary>Rebuilds the index from the database.</summary>
    public async Task RebuildAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await RebuildAsync(db, unlessCurrent: false, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The database generation the last commit reflects; null when there is no index (or it cannot be read), or when
    /// its documents are of another layout than this build writes and reads (<see cref="FactFields.Format"/>).
    /// </summary>
    public long? IndexedGeneration()
    {
        try
        {
            if (!store.Exists)
            {
                return null;
            }

            var data = DirectoryReader.ListCommits(store.Directory)[^1].UserData;
            return data.TryGetValue(FactFields.FormatKey, out var format) && format == FactFields.Format
                && data.TryGetValue(DatabaseGeneration.CommitKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private async Task<bool> RebuildAsync(TriviaDbContext db, bool unlessCurrent, CancellationToken cancellationToken)
    {
        await store.Writing.WaitAsync(cancellationToken);
        try
        {
            // A rebuild creates the index afresh, so a corrupt one is replaced rather than read. Opening the writer
            // waits for another process's (an import from the command line, which takes it before it writes the
            // database and keeps it until its index commits), so the generations read next hold until this commits.
            var writer = Open(incremental: false);
            try
            {
                var generation = await DatabaseGeneration.ReadAsync(db, cancellationToken);
                if (unlessCurrent && IndexedGeneration() == generation)
                {
                    // That import brought the index up to date: nothing to do, nothing to commit.
                    writer.Rollback();
                    store.MarkCurrent();
                    return false;
                }

                store.MarkBehind();
                LogRebuilding(logger, store.Path, generation);
                await IndexFactsAsync(writer, IndexedRows.FactsUpTo(db, int.MaxValue), cancellationToken);
                await CommitAsync(db, writer, generation, cancellationToken);
            }
            catch
            {
                // Cut short (the server stopping, a full disk): the last commit stays as it was, never half a rebuild.
                writer.Rollback();
                throw;
            }

            writer.Dispose();
        }
        finally
        {
            store.Writing.Release();
        }

        store.Refresh();
        store.MarkCurrent();
        return true;
    }

    /// <summary>
    /// Waits until no other process holds the index's write lock, telling <paramref name="waiting"/> at once when one
    /// does, rather than the writer's silent wait of up to <see cref="WaitForLock"/>; throws when that passes.
    /// </summary>
    private void WaitForOtherProcesses(Action<string>? waiting)
    {
        using var probe = store.Directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (probe.Obtain())
        {
            return;
        }

        waiting?.Invoke($"The search index at {store.Path} is being written by another process (a server rebuilding it, or another import); waiting for it, up to {WaitForLock.TotalMinutes:0} minutes.");
        probe.Obtain((long)WaitForLock.TotalMilliseconds);
    }

    private IndexWriter Open(bool incremental) =>
        new(store.Directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance)
        {
            OpenMode = incremental ? OpenMode.APPEND : OpenMode.CREATE,
            Similarity = SearchIndexStore.Similarity,
            RAMBufferSizeMB = 64,

            // A flushed segment's files are left as they are, not copied again into one compound file: an import
            // flushes a few large segments, so the copy would cost more than the handful of files it saves.
            UseCompoundFile = false,
            WriteLockTimeout = (long)WaitForLock.TotalMilliseconds,
        });

    /// <summary>Replaces every name document and commits, recording the database generation the index now reflects.</summary>
    private static async Task CommitAsync(TriviaDbContext db, IndexWriter writer, long generation, CancellationToken cancellationToken)
    {
        Prepare(writer, await IndexedRows.NamesAsync(db, cancellationToken), generation);
        writer.Commit();
    }

    /// <summary>Replaces every name document and prepares a commit recording the database generation the index will reflect.</summary>
    private static void Prepare(IndexWriter writer, IReadOnlyList<IndexedName> names, long generation)
    {
        writer.DeleteDocuments(new Term(FactFields.Kind, "film"), new Term(FactFields.Kind, "person"), new Term(FactFields.Kind, "tag"));
        writer.AddDocuments(IndexedRowsNames(names));
        writer.SetCommitData(new Dictionary<string, string>
        {
            [DatabaseGeneration.CommitKey] = generation.ToString(CultureInfo.InvariantCulture),
            [FactFields.FormatKey] = FactFields.Format,
        });
        writer.PrepareCommit();
    }

    private static IEnumerable<IEnumerable<IIndexableField>> IndexedRowsNames(IEnumerable<IndexedName> names) => names.Select(n => n.ToDocument());

    private static async Task IndexChangesAsync(TriviaDbContext db, IndexWriter writer, FactChanges changes, CancellationToken cancellationToken)
    {
        // The changed facts' documents go, then come back as they are now: the deletion reaches only the documents
        // added before it.
        if (changes.Changed.Count > 0)
        {
            writer.DeleteDocuments(IndexedFact.Documents(changes.Changed));
        }

        if (changes.Changed.Count > 0)
        {
            await IndexFactsAsync(writer, IndexedRows.FactsWithIds(db, changes.Changed), cancellationToken);
        }

        if (changes.AnyRemoved)
        {
            var kept = (await db.Facts.Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
            using var reader = writer.GetReader(applyAllDeletes: true);
            var gone = new List<int>();
            foreach (var leaf in reader.Leaves)
            {
                var ids = FactIds.Read(leaf.AtomicReader);
                var live = leaf.AtomicReader.LiveDocs;
                var isFact = leaf.AtomicReader.GetDocsWithField(FactFields.Film);
                for (var doc = 0; isFact is not null && doc < ids.Length; doc++)
                {
                    if ((live is null || live.Get(doc)) && isFact.Get(doc) && !kept.Contains(ids[doc]))
                    {
                        gone.Add(ids[doc]);
                    }
                }
            }

            if (gone.Count > 0)
            {
                writer.DeleteDocuments(IndexedFact.Documents(gone));
            }
        }
    }

    /// <summary>
    /// Adds <paramref name="facts"/>' documents. The database is read on a thread of its own, a batch at a time, while
    /// a thread for each core analyses and adds what it has read (Lucene's writer takes documents from several threads,
    /// each into a segment of its own): reading is a small part of the work, analysing and inverting the rest.
    /// </summary>
    private static async Task IndexFactsAsync(IndexWriter writer, IEnumerable<IndexedFact> facts, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<IndexedFact[]>(new BoundedChannelOptions(8) { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var batch in facts.Chunk(Batch))
                    {
                        await batches.Writer.WriteAsync(batch, stop.Token);
                    }

                    batches.Writer.Complete();
                }
                catch (Exception e)
                {
                    batches.Writer.Complete(e);
                }
            },
            CancellationToken.None);
        try
        {
            await Task.WhenAll(Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(
                async () =>
                {
                    try
                    {
                        var document = new FactDocument();
                        await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
                        {
                            foreach (var fact in batch)
                            {
                                writer.AddDocument(document.For(fact));
                            }
                        }
                    }
                    catch
                    {
                        // The other threads and the reader stop too; the first fault is the one thrown.
                        await stop.CancelAsync();
                        throw;
                    }
                },
                CancellationToken.None)));
        }
        finally
        {
            // The reader holds the context's connection: it stops before the caller may use or close it again.
            await reading;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding the search index at {Path} from the database (generation {Generation}).")]
    private static partial void LogRebuilding(ILogger logger, string path, long generation);
}

/// <summary>
/// What an import changed besides the facts it added, for the index: the highest fact id before it (every fact past
/// it is new, and already indexed), the facts it changed, and whether it removed any.
/// </summary>
public sealed record FactChanges(int LastIdBefore, IReadOnlyCollection<int> Changed, bool AnyRemoved);
