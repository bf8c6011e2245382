using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Each document's id, subject film's year and subject film (0 where it has none) as plain arrays, one set per index
/// segment, read from doc values once and kept as long as the segment lives; what facets count too
/// (<see cref="FacetColumns"/>), read when they first ask. Sorting, lists in order and facets read these for every
/// match, and doc values decode them from packed blocks (and topics and people from ordinals to be looked up as
/// text) on every read.
/// </summary>
internal sealed class FactColumns
{
    private static readonly ConditionalWeakTable<object, FactColumns> Segments = new();

    private readonly object _reading = new();
    private FacetColumns? _facets;

    private FactColumns(AtomicReader reader)
    {
        Ids = FactIds.Read(reader);
        Years = ReadSorted(reader, FactFields.Year);
        Films = reader.GetSortedDocValues(FactFields.Film) is null ? null : ReadSorted(reader, FactFields.Film);
        BlockLeastIds = new int[(Ids.Length + 63) >> 6];
        for (var doc = 0; doc < Ids.Length; doc++)
        {
            BlockLeastIds[doc >> 6] = (doc & 63) == 0 ? Ids[doc] : Math.Min(BlockLeastIds[doc >> 6], Ids[doc]);
            MaxId = Math.Max(MaxId, Ids[doc]);
        }

        BlockRunStarts = RunStarts(Ids);
        YearsByBlock = new YearBlocks(Years);
    }

    public int[] Ids { get; }

    public int[] Years { get; }

    /// <summary>The years with each block of 64 documents' least and greatest, to filter a block by years at once.</summary>
    public YearBlocks YearsByBlock { get; }

    /// <summary>For each block of 64 documents, the least id among them: a block of hits that can only tie the page's worst hit is passed over by it.</summary>
    public int[] BlockLeastIds { get; }

    /// <summary>For each block of 64 documents, its first id when its ids run one by one from it, else -1 (<see cref="RunStarts"/>).</summary>
    public int[] BlockRunStarts { get; }

    /// <summary>The greatest id in the segment.</summary>
    public int MaxId { get; }

    /// <summary>Null in a segment without facts (only names).</summary>
    public int[]? Films { get; }

    /// <summary>
    /// What facets count in a segment of facts (<see cref="Films"/> not null); read through <paramref name="reader"/>,
    /// an open reader of this segment, the first time, by one thread while concurrent first searches wait for it.
    /// </summary>
    public FacetColumns Facets(AtomicReader reader)
    {
        object? reading = _reading;
        return LazyInitializer.EnsureInitialized(ref _facets, ref reading, () => FacetColumns.Read(reader, Films!));
    }

    /// <summary>
    /// For each block of 64 of <paramref name="ids"/> (documents' ids in document order), the block's first id when
    /// each next document's id is one more, else -1: an import adds facts in id order, so most blocks are such runs,
    /// and a set of them is a set of ids as it is (<see cref="MatchingFacts.AddBlock"/>).
    /// </summary>
    public static int[] RunStarts(int[] ids)
    {
        var starts = new int[(ids.Length + 63) >> 6];
        for (var block = 0; block < starts.Length; block++)
        {
            var (first, end) = (block << 6, Math.Min(ids.Length, (block << 6) + 64));
            starts[block] = ids[first];
            for (var doc = first + 1; doc < end && starts[block] >= 0; doc++)
            {
                starts[block] = ids[doc] == ids[doc - 1] + 1 ? starts[block] : -1;
            }
        }

        return starts;
    }

    /// <summary>The greatest id in the index.</summary>
    public static int MaxIdOf(IndexReader reader) => reader.Leaves.Select(leaf => Of(leaf.AtomicReader).MaxId).DefaultIfEmpty(0).Max();

    /// <summary>The segment's columns; keyed by its core, which deletions leave as it is (doc values are never updated in place here).</summary>
    public static FactColumns Of(AtomicReader reader) => Segments.GetValue(reader.CoreCacheKey, _ => new FactColumns(reader));

    /// <summary>A field of sorted doc values holding numbers as text (<see cref="FactFields.Film"/>, <see cref="FactFields.Year"/>): each distinct value parsed once.</summary>
    private static int[] ReadSorted(AtomicReader reader, string field)
    {
        var column = new int[reader.MaxDoc];
        if (reader.GetSortedDocValues(field) is { } values)
        {
            var numbers = new int[values.ValueCount];
            var term = new BytesRef();
            for (var ord = 0; ord < numbers.Length; ord++)
            {
                values.LookupOrd(ord, term);
                numbers[ord] = int.Parse(term.Utf8ToString(), CultureInfo.InvariantCulture);
            }

            for (var doc = 0; doc < column.Length; doc++)
            {
                var ord = values.GetOrd(doc);
                column[doc] = ord < 0 ? 0 : numbers[ord];
            }
        }

        return column;
    }
}
