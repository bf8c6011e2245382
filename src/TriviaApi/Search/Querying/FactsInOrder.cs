using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Collects the first hits of a list without words in its order (id, or year with ties by id) and counts every
/// match: each fact's place is one number made from its <see cref="FactColumns"/>, kept in a heap of the best ones, where Lucene's
/// sorting collector compares field by field through its comparators on every match.
/// </summary>
internal sealed class FactsInOrder(FactOrder order, int wanted) : ICollector
{
    private readonly PriorityQueue<int, long> _best = new(wanted + 1, Comparer<long>.Create((x, y) => y.CompareTo(x)));
    private int[] _ids = [];
    private int[] _years = [];
    private int _docBase;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var columns = FactColumns.Of(context.AtomicReader);
        _ids = columns.Ids;
        _years = columns.Years;
        _docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var place = Place(doc);
        if (_best.Count < wanted)
        {
            _best.Enqueue(_docBase + doc, place);
        }
        else if (_best.TryPeek(out _, out var worst) && place < worst)
        {
            _best.EnqueueDequeue(_docBase + doc, place);
        }
    }

    /// <summary>The hits from <paramref name="skip"/>, up to <paramref name="take"/>, in order.</summary>
    public TopDocs Page(int skip, int take)
    {
        var all = new ScoreDoc[_best.Count];
        for (var i = all.Length - 1; i >= 0; i--)
        {
            all[i] = new ScoreDoc(_best.Dequeue(), float.NaN);
        }

        return new TopDocs(TotalHits, all.Skip(skip).Take(take).ToArray(), float.NaN);
    }

    /// <summary>Smaller comes first: the year (reversed when descending) in the high half, the id in the low half.</summary>
    private long Place(int doc)
    {
        long id = _ids[doc];
        long year = _years[doc];
        return order.Field switch
        {
            FactSortField.Year => ((order.Descending ? -year : year) << 32) + id,
            _ => order.Descending ? -id : id,
        };
    }
}
