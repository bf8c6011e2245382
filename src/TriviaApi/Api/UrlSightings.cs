namespace TriviaApi.Api;

/// <summary>
/// Which URLs were asked lately, so the server's cache keeps only a response whose URL is asked again (a doorkeeper,
/// as in frequency-based cache admission). Most search and filter URLs are asked once: storing each of them copied
/// its body twice, took the store's lock and kept the copy alive for a minute, for nothing. A fixed table of hashes,
/// one per slot: a newer URL in the same slot pushes an older one out, so memory stays bounded whatever the traffic,
/// and a lost or mistaken sighting only decides whether one response is stored.
/// </summary>
public sealed class UrlSightings
{
    /// <summary>The default number of slots: a URL seen once stays known through a minute of many distinct URLs.</summary>
    public const int DefaultSlots = 1 << 18;

    private readonly int[] _slots;

    public UrlSightings(int slots = DefaultSlots)
    {
        if (slots <= 0 || (slots & (slots - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "The number of slots must be a power of two.");
        }

        _slots = new int[slots];
    }

    /// <summary>Notes a request for this path and query; true when the same URL was noted before, so its response may be kept.</summary>
    public bool SeenBefore(string path, string? query)
    {
        var hash = Hash(path, query);
        ref var slot = ref _slots[hash & (_slots.Length - 1)];
        if (slot == hash)
        {
            return true;
        }

        // A URL known never to be kept (see NeverKept) holds its slot until another URL takes it.
        if (slot != ~hash)
        {
            slot = hash;
        }

        return false;
    }

    /// <summary>Notes that this URL's responses are never kept (<c>no-store</c>), so it is not offered to the cache again.</summary>
    public void NeverKept(string path, string? query)
    {
        var hash = Hash(path, query);
        _slots[hash & (_slots.Length - 1)] = ~hash;
    }

    private static int Hash(string path, string? query)
    {
        // Never 0 or -1, the values of an empty slot and of its "never kept" mark.
        var hash = HashCode.Combine(path, query);
        return hash is 0 or -1 ? 1 : hash;
    }
}
