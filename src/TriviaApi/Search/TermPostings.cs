namespace TriviaApi.Search;

/// <summary>
/// A word's postings: every fact holding it, by id, with its <see cref="Occurrence"/> there (how often the word stands
/// in the fact's text and in its names, and the fact's length in tokens): all FTS5's <c>bm25()</c> needs of a fact for
/// the word. One blob per word, so a search of common words ranks all its matches in memory instead of through
/// <c>bm25()</c>, which looks up each matching row's sizes one by one.
/// </summary>
/// <remarks>
/// A common word has few different occurrences (a hundred or so across hundreds of thousands of facts: counts of one
/// or two, lengths of a sentence), so the blob lists them once and each posting names one by its place in the list.
/// That halves the blob, which is most of what reading a word costs, and a search scores each occurrence once instead
/// of each fact. Layout, all unsigned varints: the last fact id; the number of occurrences; each occurrence (count in
/// text, count in names, length), the most used first so most postings name one in a byte; then each posting's id gap
/// and occurrence.
/// </remarks>
public static class TermPostings
{
    /// <summary>Words in fewer facts have no postings: FTS5 ranks their few matches in a few milliseconds.</summary>
    public const int MinFacts = 1_000;

    /// <summary>The blob of postings given in increasing fact id.</summary>
    public static byte[] Encode(IReadOnlyCollection<Posting> postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var occurrences = postings.CountBy(p => p.Occurrence)
            .OrderByDescending(o => o.Value).ThenBy(o => o.Key.InText).ThenBy(o => o.Key.InNames).ThenBy(o => o.Key.Length)
            .Select(o => o.Key).ToList();
        var place = occurrences.Index().ToDictionary(o => o.Item, o => o.Index);
        using var blob = new MemoryStream();
        WriteVarint(blob, postings.Count == 0 ? 0 : postings.Last().FactId);
        WriteVarint(blob, occurrences.Count);
        foreach (var occurrence in occurrences)
        {
            WriteVarint(blob, occurrence.InText);
            WriteVarint(blob, occurrence.InNames);
            WriteVarint(blob, occurrence.Length);
        }

        var previous = 0;
        foreach (var posting in postings)
        {
            if (posting.FactId <= previous)
            {
                throw new ArgumentException("Postings go in increasing fact id.", nameof(postings));
            }

            WriteVarint(blob, posting.FactId - previous);
            WriteVarint(blob, place[posting.Occurrence]);
            previous = posting.FactId;
        }

        return blob.ToArray();
    }

    public static IEnumerable<Posting> Decode(ArraySegment<byte> blob)
    {
        var reader = new PostingReader(blob);
        while (reader.MoveNext())
        {
            var occurrence = reader.Occurrences[reader.OccurrenceIndex];
            yield return new Posting(reader.FactId, occurrence.InText, occurrence.InNames, occurrence.Length);
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
public readonly record struct Posting(int FactId, int InText, int InNames, int Length)
{
    public Occurrence Occurrence => new(InText, InNames, Length);
}

/// <summary>How a word stands in a fact, as <c>bm25()</c> sees it: its count in the text and in the names, and the fact's length in tokens.</summary>
public readonly record struct Occurrence(int InText, int InNames, int Length)
{
    /// <summary>The count BM25 scores: a name counts <see cref="FullTextSearch.NameWeight"/> times a word of text.</summary>
    public double Frequency => (InText * FullTextSearch.TextWeight) + (InNames * FullTextSearch.NameWeight);
}

/// <summary>Reads a blob of <see cref="TermPostings"/> one posting at a time, without copying it.</summary>
public struct PostingReader
{
    private readonly byte[] _bytes;
    private readonly int _end;
    private int _offset;

    public PostingReader(ArraySegment<byte> blob)
    {
        _bytes = blob.Array ?? [];
        _end = blob.Offset + blob.Count;
        _offset = blob.Offset;
        if (blob.Count == 0)
        {
            Occurrences = [];
            return;
        }

        LastFactId = ReadVarint();
        Occurrences = new Occurrence[ReadVarint()];
        for (var i = 0; i < Occurrences.Length; i++)
        {
            Occurrences[i] = new Occurrence(ReadVarint(), ReadVarint(), ReadVarint());
        }
    }

    /// <summary>The highest fact id in the blob: no fact past it holds the word.</summary>
    public int LastFactId { get; }

    /// <summary>The word's different occurrences, which postings name by their place here.</summary>
    public Occurrence[] Occurrences { get; }

    public int FactId { get; private set; }

    /// <summary>Where the current fact's occurrence stands in <see cref="Occurrences"/>.</summary>
    public int OccurrenceIndex { get; private set; }

    public bool MoveNext()
    {
        if (_offset >= _end)
        {
            return false;
        }

        FactId += ReadVarint();
        OccurrenceIndex = ReadVarint();
        return true;
    }

    private int ReadVarint()
    {
        var value = 0;
        var shift = 0;
        byte next;
        do
        {
            next = _bytes[_offset++];
            value |= (next & 0x7f) << shift;
            shift += 7;
        }
        while ((next & 0x80) != 0);
        return value;
    }
}
