using System.Buffers.Binary;

namespace TriviaApi.Domain;

/// <summary>
/// A client's memory of the facts it has been shown, so random draws do not repeat. Anonymous: whoever holds the
/// token owns the session, and it lapses after hours without use.
/// </summary>
public sealed class TriviaSession
{
    public int Id { get; set; }

    /// <summary>Unguessable (128 random bits, base64url), so one client cannot read or exhaust another's session.</summary>
    public required string Token { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime LastUsedAt { get; set; }

    /// <summary>
    /// The ids of the facts it has been shown, oldest first, four bytes each (little-endian). One value of the
    /// session's own row rather than a row per fact: a draw rewrites one row, and a full session costs the store a few
    /// bytes a fact instead of a row and an index entry each.
    /// </summary>
    public byte[] Seen { get; set; } = [];

    public int SeenCount() => Seen.Length / sizeof(int);

    public List<int> SeenFacts()
    {
        var facts = new List<int>(SeenCount());
        for (var at = 0; at + sizeof(int) <= Seen.Length; at += sizeof(int))
        {
            facts.Add(BinaryPrimitives.ReadInt32LittleEndian(Seen.AsSpan(at)));
        }

        return facts;
    }

    /// <summary>Adds the facts just shown; past <paramref name="max"/>, forgets those shown first.</summary>
    public void Remember(IEnumerable<int> facts, int max)
    {
        var all = SeenFacts();
        all.AddRange(facts);
        var kept = all.Skip(Math.Max(0, all.Count - max)).ToList();
        var seen = new byte[kept.Count * sizeof(int)];
        for (var i = 0; i < kept.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(seen.AsSpan(i * sizeof(int)), kept[i]);
        }

        Seen = seen;
    }

    public void Forget() => Seen = [];
}
