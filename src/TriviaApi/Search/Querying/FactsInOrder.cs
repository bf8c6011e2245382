using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TriviaApi.Search.Querying;

/// <summary>
/// The total and the first hits of a list without words, in its order (id, or year with ties by id): the facts its
/// filters by id allow (<see cref="FilterSets"/>), less those outside its years. When they are many, the page is read
/// by walking the order from its start or cursor (<see cref="FactPlaces"/>) until it is full; when they are few,
/// each one's place is compared in a heap of the best ones. Either way Lucene's scorers and collectors see none of it.
/// </summary>
internal sealed class FactsInOrder
{
    private readonly IndexSearcher _searcher;
    private readonly FactPlaces _places;
    private readonly FilterSet _allowed;
    private readonly FactRangeFilter? _years;

    public FactsInOrder(IndexSearcher searcher, FactFilter filter)
    {
        _searcher = searcher;
        _places = FactPlaces.Of(searcher.IndexReader);
        _allowed = FilterSets.Of(searcher, LuceneQueries.Only(filter with { YearFrom = null, YearTo = null }, new FactOrder(FactSortField.Id)));
        _years = filter.YearFrom is null && filter.YearTo is null ? null : new FactRangeFilter(filter.YearFrom, filter.YearTo, new FactOrder(FactSortField.Id));
    }

    /// <summary>Every fact that passes, in the index's order of documents.</summary>
    public IEnumerable<int> Documents() => _years is null ? _allowed.Documents() : _allowed.Documents().Where(Passes);

    /// <summary>Every fact that passes, by id.</summary>
    public MatchingFacts Matching()
    {
        var matching = new MatchingFacts();
        foreach (var doc in Documents())
        {
            matching.Add(_places.Ids[doc]);
        }

        return matching;
    }

    /// <summary>How many facts pass (the cursor aside), each counted by <paramref name="facets"/> too when given; and the first <paramref name="wanted"/> in <paramref name="order"/>, past its cursor.</summary>
    public (int Total, ScoreDoc[] Page) First(FactOrder order, int wanted, FacetCounter? facets)
    {
        var total = _years is null && facets is null ? _allowed.Count : Count(facets);
        var docs = (long)total * total >= (long)wanted * _places.Ids.Length
            ? _places.From(order).Where(d => _allowed.Contains(d) && Passes(d)).Take(wanted).ToArray()
            : Best(order, wanted);
        return (total, docs.Select(d => new ScoreDoc(d, float.NaN)).ToArray());
    }

    private bool Passes(int doc) => _years is null || _years.Accepts(_places.Years[doc], _places.Ids[doc]);

    private int Count(FacetCounter? facets)
    {
        var leaves = _searcher.IndexReader.Leaves;
        var (leaf, total) = (-1, 0);
        foreach (var doc in Documents())
        {
            total++;
            if (facets is null)
            {
                continue;
            }

            for (; leaf + 1 < leaves.Count && leaves[leaf + 1].DocBase <= doc; leaf++)
            {
                facets.SetNextReader(leaves[leaf + 1]);
            }

            facets.Collect(doc - leaves[leaf].DocBase);
        }

        return total;
    }

    /// <summary>The best <paramref name="wanted"/> past the cursor, from a heap whose worst is on top.</summary>
    private int[] Best(FactOrder order, int wanted)
    {
        var cursor = order.After is null ? null : new FactRangeFilter(null, null, order);
        var best = new PriorityQueue<int, long>(wanted + 1, Comparer<long>.Create((x, y) => y.CompareTo(x)));
        foreach (var doc in Documents())
        {
            if (cursor is not null && !cursor.Accepts(_places.Years[doc], _places.Ids[doc]))
            {
                continue;
            }

            var place = _places.Place(order, doc);
            if (best.Count < wanted)
            {
                best.Enqueue(doc, place);
            }
            else if (best.TryPeek(out _, out var worst) && place < worst)
            {
                best.EnqueueDequeue(doc, place);
            }
        }

        var docs = new int[best.Count];
        for (var i = docs.Length - 1; i >= 0; i--)
        {
            docs[i] = best.Dequeue();
        }

        return docs;
    }
}
