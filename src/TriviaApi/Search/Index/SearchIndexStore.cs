using System.Diagnostics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;
using Directory = Lucene.Net.Store.Directory;

namespace TriviaApi.Search.Index;

/// <summary>
/// The index folder beside the database (<c>Search:IndexPath</c>, by default the database file's name with
/// <c>.search</c>), and the searcher over its latest commit. Each search first checks for a newer commit, so one made
/// by another process, an import from the command line, is searched from the next request on: the generation in the
/// name of the folder's newest segments file, read from a listing of the folder, made again only when the folder may
/// have changed since the last (<see cref="FolderChanges"/>). While the writer has found that the index does not
/// reflect the database (<see cref="MarkBehind"/>), searches answer "not ready" rather than from a commit that misses
/// or misstates facts, until a commit that does reflect it (<see cref="MarkCurrent"/>).
/// </summary>
public sealed class SearchIndexStore : IDisposable
{
    private readonly System.Threading.Lock _opening = new();
    private SearcherManager? _searchers;
    private readonly FolderChanges? _changes;
    private long _checkedGeneration = -1;
    private readonly System.Threading.Lock _marking = new();
    private TaskCompletionSource _current = NewCurrent(completed: true);

    public SearchIndexStore(string path)
        : this(path, FSDirectory.Open(path, new ExclusiveFileLockFactory(path)))
    {
    }

    /// <summary>Over any Lucene directory: tests use one in memory that can be made to fail.</summary>
    internal SearchIndexStore(string path, Directory directory)
    {
        Path = path;
        Directory = directory;
        _changes = directory is FSDirectory folder ? new FolderChanges(folder.Directory.FullName) : null;
    }

    public string Path { get; }

    public Directory Directory { get; }

    /// <summary>Serializes this process's writers; other processes wait on Lucene's write lock.</summary>
    public SemaphoreSlim Writing { get; } = new(1, 1);

    /// <summary>Whether the index is known not to reflect the database: searches wait for its rebuild.</summary>
    public bool IsBehind => !_current.Task.IsCompleted;

    /// <summary>Completes once the index is not (or no longer) known to be behind the database.</summary>
    public Task WhenCurrentAsync(CancellationToken cancellationToken) => _current.Task.WaitAsync(cancellationToken);

    /// <summary>The writer found the index behind the database (missing, stale, corrupt, of another layout).</summary>
    public void MarkBehind()
    {
        lock (_marking)
        {
            if (_current.Task.IsCompleted)
            {
                _current = NewCurrent(completed: false);
            }
        }
    }

    /// <summary>The index reflects the database again: committed by this process, or found so by its writer.</summary>
    public void MarkCurrent()
    {
        lock (_marking)
        {
            _current.TrySetResult();
        }
    }

    private static TaskCompletionSource NewCurrent(bool completed)
    {
        var current = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            current.SetResult();
        }

        return current;
    }

    /// <summary>BM25, as before: for the index's norms and the searcher's scores alike.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>The folder for a database file, unless configured.</summary>
    public static string PathFor(string connectionString, string? configured)
    {
        if (configured is { Length: > 0 })
        {
            return System.IO.Path.GetFullPath(configured);
        }

        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return System.IO.Path.ChangeExtension(System.IO.Path.GetFullPath(file), ".search");
    }

    /// <summary>Whether the folder holds a commit a searcher can open.</summary>
    public bool Exists => DirectoryReader.IndexExists(Directory);

    /// <summary>Runs <paramref name="search"/> on the latest commit's searcher, timed as <paramref name="operation"/> (<see cref="SearchMetrics"/>).</summary>
    public T Search<T>(Func<IndexSearcher, T> search, [CallerMemberName] string operation = "")
    {
        var started = Stopwatch.GetTimestamp();
        using var timed = new Timed(operation, started);
        if (IsBehind)
        {
            throw new SearchIndexNotReadyException(Path, rebuilding: true);
        }

        var searchers = Searchers();
        RefreshIfCommitted(searchers);
        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Records a search's duration when it ends, however it ends.</summary>
    private readonly record struct Timed(string Operation, long Started) : IDisposable
    {
        public void Dispose() => SearchMetrics.Searched(Operation, Started);
    }

    /// <summary>
    /// Opens the newest commit when one came since the last check. Blocking, so a search that saw the new commit
    /// searches it even when another search's refresh started before the commit. A folder that cannot be read for a
    /// moment (no commit seen, or a refresh that fails) leaves the open searcher answering, and the next search checks
    /// again: the commit it opened is still whole, so its answers are right, where a failure would be a 500.
    /// </summary>
    private void RefreshIfCommitted(SearcherManager searchers)
    {
        var look = _changes?.LookAt();
        if (look is { Changed: false })
        {
            return;
        }

        var generation = SegmentInfos.GetLastCommitGeneration(Directory);
        if (generation < 0)
        {
            return;
        }

        var checkedBefore = Interlocked.Read(ref _checkedGeneration);
        if (generation != checkedBefore)
        {
            Interlocked.Exchange(ref _checkedGeneration, generation);
            try
            {
                searchers.MaybeRefreshBlocking();
            }
            catch (IOException)
            {
                Interlocked.Exchange(ref _checkedGeneration, checkedBefore);
                return;
            }
        }

        if (look is { } looked)
        {
            _changes!.Listed(looked);
        }
    }

    /// <summary>After this process commits: searches see the commit at once.</summary>
    public void Refresh() => _searchers?.MaybeRefreshBlocking();

    private SearcherManager Searchers()
    {
        if (_searchers is { } ready)
        {
            return ready;
        }

        lock (_opening)
        {
            if (!Exists)
            {
                throw new SearchIndexNotReadyException(Path);
            }

            return _searchers ??= new SearcherManager(Directory, new SimilarSearchers());
        }
    }

    public void Dispose()
    {
        _searchers?.Dispose();
        Directory.Dispose();
        Writing.Dispose();
    }

    private sealed class SimilarSearchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}

/// <summary>Search was asked before the index was built, or while it is rebuilt because it did not reflect the database.</summary>
public sealed class SearchIndexNotReadyException(string path, bool rebuilding = false) : Exception(Reason(path, rebuilding))
{
    /// <summary>Why searches are not served: for this exception and the readiness check alike.</summary>
    public static string Reason(string path, bool rebuilding) =>
        rebuilding ? $"The search index at {path} is being rebuilt from the database." : $"The search index at {path} is not built yet.";
}
