namespace TriviaApi.Search.Index;

/// <summary>
/// Whether a folder may have changed since it was last listed, told by its modification time: one file-status call
/// where a listing reads every entry. Creating, renaming or deleting a file sets the folder's time, and a Lucene commit
/// does all three; but the time has the file system's granularity (a clock tick, two seconds on FAT), so a change in the
/// same tick as a look leaves the time as it was. A listing is therefore trusted while the time stays the same only when
/// the time was already older than any granularity as the folder was looked at: any later change has a later time.
/// </summary>
internal sealed class FolderChanges(string path)
{
    private static readonly TimeSpan Granularity = TimeSpan.FromSeconds(5);

    /// <summary>What a missing folder's time reads as.</summary>
    private static readonly DateTime NoTime = DateTime.FromFileTimeUtc(0);

    private volatile Listing? _listed;

    /// <summary>Looks at the folder's time; <see cref="Look.Changed"/> is false when the last listing still holds.</summary>
    public Look LookAt()
    {
        var at = DateTime.UtcNow;
        var modified = Directory.GetLastWriteTimeUtc(path);
        return new Look(modified, at, _listed is not { } listed || !listed.Trusted || listed.Modified != modified);
    }

    /// <summary>The folder was listed after <paramref name="look"/>.</summary>
    public void Listed(Look look) => _listed = new Listing(look.Modified, look.Modified != NoTime && look.At - look.Modified > Granularity);

    public readonly record struct Look(DateTime Modified, DateTime At, bool Changed);

    private sealed record Listing(DateTime Modified, bool Trusted);
}
