namespace TriviaApi.Search;

/// <summary>
/// A word's postings: every fact holding it, by id, with how often the word stands in the fact's text and in its
/// names, and the fact's length in tokens: all FTS5's <c>bm25()</c> needs of a fact for the word. One blob per word
/// (unsigned varints: id gap, count in text, count in names, length), so a search of common words ranks all its
/// matches in memory instead of through <c>bm25()</c>, which looks up each matching row's sizes one by one.
/// </summary>
public static class TermPostings
{
    /// <summary>Words in fewer facts have no postings: FTS5 ranks their few matches in a few milliseconds.</summary>
    public const int MinFacts = 1_000;

    /// <summary>The blob of postings given in increasing fact id.</summary>
    public static byte[] Encode(IEnumerable<Posting> postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        using var blob = new MemoryStream();
        var previous = 0;
        foreach (var posting in postings)
        {
            if (posting.FactId <= previous)
            {
                throw new ArgumentException("Postings go in increasing fact id.", nameof(postings));
            }

            WriteVarint(blob, posting.FactId - previous);
            WriteVarint(blob, posting.InText);
            WriteVarint(blob, posting.InNames);
            WriteVarint(blob, posting.Length);
            previous = posting.FactId;
        }

        return blob.ToArray();
    }

    public static IEnumerable<Posting> Decode(byte[] blob)
    {
        var reader = new PostingReader(blob);
        while (reader.MoveNext())
        {
            yield return reader.Current;
        }
    }

    private static void WriteVarint(MemoryStream blob, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            blob.WriteByte((byte)(rest | 0x80));
            rest >>= 7;
        }

        blob.WriteByte((byte)rest);
    }
}

/// <summary>A fact holding a word: the word's count in the fact's text and in its names, and the fact's length in tokens.</summary>
public readonly record struct Posting(int FactId, int InText, int InNames, int Length);

/// <summary>Reads a blob of <see cref="TermPostings"/> one posting at a time, without copying it.</summary>
public struct PostingReader(byte[] blob)
{
    private int _offset;

    public Posting Current { get; private set; }

    public bool MoveNext()
    {
        if (_offset >= blob.Length)
        {
            return false;
        }

        Current = new Posting(Current.FactId + ReadVarint(), ReadVarint(), ReadVarint(), ReadVarint());
        return true;
    }

    private int ReadVarint()
    {
        var value = 0;
        var shift = 0;
        byte next;
        do
        {
            next = blob[_offset++];
            value |= (next & 0x7f) << shift;
            shift += 7;
        }
        while ((next & 0x80) != 0);
        return value;
    }
}
