using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Every document of one index version in each list order (by id; by year, ascending or descending, ties by id
/// ascending), as numbers across the whole index (a segment's base plus its own number), with each one's id and
/// year. Built for an order when it is first asked and kept as long as the reader lives: a list without words walks
/// its order from the start, or from its cursor, and stops when its page is full, where a collector would visit
/// every match to keep the best ones.
/// </summary>
internal sealed class FactPlaces
{
    private static readonly ConditionalWeakTable<IndexReader, FactPlaces> Readers = new();

    private readonly Lazy<int[]> _byId;
    private readonly Lazy<int[]> _byYear;
    private readonly Lazy<int[]> _byYearDescending;

    private FactPlaces(IndexReader reader)
    {
        Ids = new int[reader.MaxDoc];
        Years = new int[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var columns = FactColumns.Of(leaf.AtomicReader);
            columns.Ids.CopyTo(Ids, leaf.DocBase);
            columns.Years.CopyTo(Years, leaf.DocBase);
        }

        RunStarts = FactColumns.RunStarts(Ids);
        YearsByBlock = new YearBlocks(Years);
        MaxId = Ids.DefaultIfEmpty(0).Max();
        _byId = new(() => Sorted(new FactOrder(FactSortField.Id)));
        _byYear = new(() => Sorted(new FactOrder(FactSortField.Year)));
        _byYearDescending = new(() => Sorted(new FactOrder(FactSortField.Year, Descending: true)));
    }

    /// <summary>Each document's id (a name document's is its film's, person's or topic's).</summary>
    public int[] Ids { get; }

    /// <summary>Each document's subject film's year (0 on name documents).</summary>
    public int[] Years { get; }

    /// <summary>The years with each block of 64 documents' least and greatest (<see cref="YearBlocks"/>).</summary>
    public YearBlocks YearsByBlock { get; }

    /// <summary>For each block of 64 documents, its first id when its ids run one by one from it, else -1 (<see cref="FactColumns.RunStarts"/>).</summary>
    public int[] RunStarts { get; }

    public int MaxId { get; }

    public static FactPlaces Of(IndexReader reader) => Readers.GetValue(reader, r => new FactPlaces(r));

    /// <summary>
    /// The documents in <paramref name="order"/>: the i-th is <c>Docs[i]</c>, or <c>Docs[^(i + 1)]</c> when
    /// <c>Backwards</c>; the first after its cursor (the first of all without one) is the <c>Start</c>-th.
    /// </summary>
    public (int[] Docs, bool Backwards, int Start) InOrder(FactOrder order)
    {
        var (docs, backwards) = order switch
        {
            { Field: FactSortField.Year, Descending: false } => (_byYear.Value, false),
            { Field: FactSortField.Year } => (_byYearDescending.Value, false),
            _ => (_byId.Value, order.Descending),
        };
        return (docs, backwards, order.After is var (year, id) ? FirstAfter(docs, backwards, order, Place(order, year, id)) : 0);
    }

    /// <summary>A document's place in an order: smaller comes first.</summary>
    public long Place(FactOrder order, int doc) => Place(order, Years[doc], Ids[doc]);

    /// <summary>
    /// The year (reversed when descending) in the high half, the id in the low half; by id alone, the id (reversed
    /// when descending).
    /// </summary>
    private static long Place(FactOrder order, long year, long id) => order.Field switch
    {
        FactSortField.Year => ((order.Descending ? -year : year) << 32) + id,
        _ => order.Descending ? -id : id,
    };

    /// <summary>How many of the order's documents come at or before <paramref name="cursor"/> (a place).</summary>
    private int FirstAfter(int[] docs, bool backwards, FactOrder order, long cursor)
    {
        var (low, high) = (0, docs.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Place(order, docs[backwards ? docs.Length - 1 - middle : middle]) <= cursor)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private int[] Sorted(FactOrder order)
    {
        var docs = new int[Ids.Length];
        var places = new long[Ids.Length];
        for (var doc = 0; doc < docs.Length; doc++)
        {
            docs[doc] = doc;
            places[doc] = Place(order, doc);
        }

        Array.Sort(places, docs);
        return docs;
    }
}
