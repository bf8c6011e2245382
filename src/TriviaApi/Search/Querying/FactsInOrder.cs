using System.Numerics;
using Lucene.Net.Search;

namespace TriviaApi.Search.Querying;

/// <summary>
/// The total and the first hits of a list without words, in its order (id, or year with ties by id): the facts its
/// filters by id allow (<see cref="FilterSets"/>), less those outside its years; or those of a search of common words
/// (<see cref="CommonWordSearch.TryRunInOrder"/>). When they are many, the page is read
/// by walking the order from its start or cursor (<see cref="FactPlaces"/>) until it is full; when they are few,
/// each one's place is compared in a heap of the best ones. Either way Lucene's scorers and collectors see none of it.
/// </summary>
internal sealed class FactsInOrder
{
    private readonly IndexSearcher _searcher;
    private readonly FactPlaces _places;
    private readonly FilterSet _allowed;
    private readonly int _yearFrom;
    private readonly int _yearTo;

    public FactsInOrder(IndexSearcher searcher, FactFilter filter)
        : this(searcher, FilterSets.Of(searcher, LuceneQueries.Only(filter with { YearFrom = null, YearTo = null }, new FactOrder(FactSortField.Id))), filter.YearFrom, filter.YearTo)
    {
    }

    /// <summary>The documents of a set (a search's matches), within the years.</summary>
    public FactsInOrder(IndexSearcher searcher, FilterSet allowed, int? yearFrom = null, int? yearTo = null)
    {
        _searcher = searcher;
        _places = FactPlaces.Of(searcher.IndexReader);
        _allowed = allowed;
        (_yearFrom, _yearTo) = (yearFrom ?? int.MinValue, yearTo ?? int.MaxValue);
    }

    /// <summary>Every fact that passes, by id.</summary>
    public MatchingFacts Matching()
    {
        var matching = new MatchingFacts(_places.MaxId);
        var bits = _allowed.Bits;
        for (var word = 0; word < bits.Length; word++)
        {
            var passing = InYears(_places.YearsByBlock, word, bits[word]);
            if (passing != 0)
            {
                matching.AddBlock(passing, word << 6, _places.Ids, _places.RunStarts[word]);
            }
        }

        return matching;
    }

    /// <summary>How many facts pass (the cursor aside), each counted by <paramref name="facets"/> too when given; and the first <paramref name="wanted"/> in <paramref name="order"/>, past its cursor.</summary>
    public (int Total, ScoreDoc[] Page) First(FactOrder order, int wanted, FacetCounter? facets)
    {
        var total = _yearFrom == int.MinValue && _yearTo == int.MaxValue && facets is null ? _allowed.Count : Count(facets);
        var docs = (long)total * total >= (long)wanted * _places.Ids.Length
            ? Walk(order, wanted)
            : Best(order, wanted);
        return (total, docs.Select(d => new ScoreDoc(d, float.NaN)).ToArray());
    }

    private bool Passes(int doc) => _places.Years[doc] >= _yearFrom && _places.Years[doc] <= _yearTo;

    /// <summary>The first <paramref name="wanted"/> that pass, walking the order from its cursor.</summary>
    private int[] Walk(FactOrder order, int wanted)
    {
        var (docs, backwards, start) = _places.InOrder(order);
        var first = new List<int>(Math.Min(wanted, 1024));
        for (var i = start; i < docs.Length && first.Count < wanted; i++)
        {
            var doc = docs[backwards ? docs.Length - 1 - i : i];
            if (_allowed.Contains(doc) && Passes(doc))
            {
                first.Add(doc);
            }
        }

        return [.. first];
    }

    private int Count(FacetCounter? facets)
    {
        var total = 0;
        if (facets is null)
        {
            var bits = _allowed.Bits;
            for (var word = 0; word < bits.Length; word++)
            {
                total += BitOperations.PopCount(InYears(_places.YearsByBlock, word, bits[word]));
            }

            return total;
        }

        foreach (var leaf in _searcher.IndexReader.Leaves)
        {
            facets.SetNextReader(leaf);
            var (maxDoc, years) = (leaf.AtomicReader.MaxDoc, FactColumns.Of(leaf.AtomicReader).YearsByBlock);
            for (var block = 0; block << 6 < maxDoc; block++)
            {
                var bits = InYears(years, block, _allowed.Block(leaf.DocBase + (block << 6), maxDoc - (block << 6)));
                total += BitOperations.PopCount(bits);
                facets.CollectBlock(block, bits);
            }
        }

        return total;
    }

    /// <summary>Of the documents of a block of 64 given as bits, those within the years.</summary>
    private ulong InYears(YearBlocks years, int block, ulong bits) =>
        _yearFrom == int.MinValue && _yearTo == int.MaxValue ? bits : years.Keep(block, bits, _yearFrom, _yearTo);

    /// <summary>The best <paramref name="wanted"/> past the cursor, from a heap whose worst is on top.</summary>
    private int[] Best(FactOrder order, int wanted)
    {
        var cursor = order.After is null ? null : new FactRangeFilter(null, null, order);
        var best = new PriorityQueue<int, long>(wanted + 1, Comparer<long>.Create((x, y) => y.CompareTo(x)));
        var bits = _allowed.Bits;
        for (var word = 0; word < bits.Length; word++)
        {
            for (var passing = InYears(_places.YearsByBlock, word, bits[word]); passing != 0; passing &= passing - 1)
            {
                var doc = (word << 6) + BitOperations.TrailingZeroCount(passing);
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
        }

        var docs = new int[best.Count];
        for (var i = docs.Length - 1; i >= 0; i--)
        {
            docs[i] = best.Dequeue();
        }

        return docs;
    }
}
