using System.Threading.Channels;
using Lucene.Net.Index;

namespace TriviaApi.Search.Index;

/// <summary>
/// The index side of one import, open for the import's whole run: the facts the import adds are analysed and
/// written to the index on a thread of their own while the import goes on extracting and writing the database, but
/// nothing is committed. Before the database commits, <see cref="SearchIndexWriter.PrepareImportAsync"/> indexes what
/// else changed and prepares the index's commit with the database's new generation, beside the database's commit;
/// once that has committed, <see cref="SearchIndexWriter.CommitImportAsync"/> finishes it. Disposed without that (the
/// import failed), everything is rolled back, and the index stays as it was.
/// </summary>
public sealed class SearchIndexImport : IAsyncDisposable
{
    // Bounded, so a slow index never lets the import run far ahead holding every document in memory. Facts come a
    // file's worth at a time: handing them over one by one would wake the other side for every fact.
    // The share of Lucene's buffer at which the import writes it out itself, before Lucene would.
    private const double FlushedShare = 0.95;

    // The last segment is written after the import's last file, when little else is left to run beside it; so once
    // all but this share of the facts the import expects are in, the buffer is written out beside the rest of them.
    private const int TailShare = 8;

    private readonly Channel<IReadOnlyList<IndexedFact>> _added = Channel.CreateBounded<IReadOnlyList<IndexedFact>>(new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });
    private readonly IndexWriter _writer;
    private readonly Action _release;
    private readonly Task _writing;
    private Task? _preparing;
    private bool _done;
    private volatile bool _complete;

    /// <summary>An import's index, for an import that may add up to <paramref name="expected"/> facts (the lines of its files).</summary>
    internal SearchIndexImport(IndexWriter writer, bool incremental, int expected, Action release)
    {
        (_writer, Incremental, _release) = (writer, incremental, release);
        _writing = Task.Run(async () =>
        {
            var flushing = Task.CompletedTask;
            try
            {
                var document = new FactDocument();
                var flushAt = (long)(writer.Config.RAMBufferSizeMB * FlushedShare * 1024 * 1024);
                var (tail, added) = (expected / TailShare, 0);
                await foreach (var facts in _added.Reader.ReadAllAsync())
                {
                    foreach (var fact in facts)
                    {
                        _writer.AddDocument(document.For(fact));
                    }

                    added += facts.Count;

                    // Lucene writes a full buffer out on the thread that adds the document that fills it, and the
                    // import would wait for that write: flushed from a thread of its own a little earlier, the buffer
                    // is written while the next facts go on into a new one. Near the end, a buffer holding more
                    // than the tail will is written out too, so the segment left for after the last file is small.
                    if (flushing.IsCompleted && (_writer.RamSizeInBytes() >= flushAt || (added >= expected - tail && _writer.NumRamDocs() > tail)))
                    {
                        await flushing;
                        flushing = Task.Factory.StartNew(() => _writer.Flush(triggerMerge: true, applyAllDeletes: false), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                    }
                }

                await flushing;
                if (_complete)
                {
                    // The documents still in memory are written as a segment now, while the database finishes its
                    // transaction, rather than at the index's commit after it; the segment stays uncommitted.
                    _writer.Flush(triggerMerge: false, applyAllDeletes: false);
                }
            }
            catch (Exception e)
            {
                // The import's next AddAsync fails with this, rather than waiting on a queue nobody reads; a flush
                // under way ends before the writer is rolled back.
                _added.Writer.TryComplete(e);
                await Task.WhenAny(flushing);
                throw;
            }
        });
    }

    /// <summary>Whether the index reflected the database before the import: else the commit rebuilds what came before.</summary>
    internal bool Incremental { get; }

    internal IndexWriter Writer => _writer;

    /// <summary>Facts the import adds (new ids), queued for the index; the list is the index's from then on.</summary>
    public async ValueTask AddAsync(IReadOnlyList<IndexedFact> facts, CancellationToken cancellationToken) => await _added.Writer.WriteAsync(facts, cancellationToken);

    /// <summary>
    /// The import has queued every fact it adds: the index writes them to disk (uncommitted) while the import finishes
    /// the database's transaction, so the commit after it has little left to do.
    /// </summary>
    public void Complete()
    {
        _complete = true;
        _added.Writer.TryComplete();
    }

    /// <summary>Waits until every queued fact is in the writer.</summary>
    internal async Task DrainAsync()
    {
        _added.Writer.TryComplete();
        await _writing;
    }

    /// <summary>
    /// Once every fact is queued and the database holds what the import changes: the index's thread writes out what is
    /// left, then <paramref name="prepare"/> prepares the commit, while the import commits the database.
    /// </summary>
    internal void Prepare(Action<IndexWriter> prepare)
    {
        _added.Writer.TryComplete();
        _preparing = Task.Run(async () =>
        {
            await _writing;
            prepare(_writer);
        });
    }

    /// <summary>The prepared commit, once it is; fails as the preparation failed.</summary>
    internal Task PreparedAsync() => _preparing ?? throw new InvalidOperationException("The index's commit was never prepared.");

    /// <summary>After the writer has committed: closes it.</summary>
    internal void Committed()
    {
        _done = true;
        _writer.Dispose();
        _release();
    }

    public async ValueTask DisposeAsync()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        _added.Writer.TryComplete();
        try
        {
            await _writing;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // Rolled back below either way.
        }

        // A preparation under way ends before the writer is rolled back; whatever it failed with, the import has said.
        await (_preparing ?? Task.CompletedTask).ContinueWith(_ => { }, TaskScheduler.Default);

        _writer.Rollback();
        _release();
    }
}
