using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace TriviaApi.Search.Index;

/// <summary>
/// The index folder's locks (the writer's <c>write.lock</c>), each an exclusive lock on its file held by the
/// operating system, so one index writer at a time across processes: a server's keeper, a command-line import, a
/// backup. Lucene.Net's own native locks, on Linux, open the file shared (<c>FileShare.Read</c>, which .NET makes a
/// shared <c>flock</c>): a second process obtains the same lock, and its writer deletes the first one's unfinished
/// files. <c>FileShare.None</c> makes it exclusive (<c>LOCK_EX</c>), between processes and between two opens in one
/// process alike; the system releases it when its holder dies, so a killed import leaves no lock behind.
/// </summary>
internal sealed class ExclusiveFileLockFactory(string folder) : LockFactory
{
    // Named as Lucene names it in the folder, without the prefix the directory gives a factory not its own
    // (FSLockFactory): so this lock and Lucene.Net's are one file, and each excludes the other.
    public override Lock MakeLock(string lockName) => new ExclusiveFileLock(Path.Combine(folder, lockName));

    /// <summary>Nothing to clear: a lock is the system's, and goes with its holder; the file stays (see <see cref="ExclusiveFileLock"/>).</summary>
    public override void ClearLock(string lockName)
    {
    }

    /// <summary>
    /// One lock on one file. The file is never deleted: a waiter that opened it just before its deletion would lock a
    /// file no longer in the folder while another process locks the new one.
    /// </summary>
    private sealed class ExclusiveFileLock(string path) : Lock
    {
        private readonly System.Threading.Lock _gate = new();
        private FileStream? _held;

        public override bool Obtain()
        {
            lock (_gate)
            {
                if (_held is not null)
                {
                    return false;
                }

                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                try
                {
                    _held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    FailureReason = null;
                    return true;
                }
                catch (IOException e)
                {
                    // Held elsewhere; Obtain(timeout) tries again, and names this as the cause when it gives up.
                    FailureReason = e;
                    return false;
                }
            }
        }

        public override bool IsLocked()
        {
            lock (_gate)
            {
                if (_held is not null)
                {
                    return true;
                }

                try
                {
                    using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                    return false;
                }
                catch (FileNotFoundException)
                {
                    return false;
                }
                catch (IOException)
                {
                    return true;
                }
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                lock (_gate)
                {
                    _held?.Dispose();
                    _held = null;
                }
            }
        }

        public override string ToString() => $"{nameof(ExclusiveFileLock)}@{path}";
    }
}
