namespace TriviaApi.Search;

/// <summary>
/// The walk of <see cref="PostingsRanking"/>: facts offered in increasing id, each found in every word's table (but
/// the driving word's, whose postings are walked) is scored, adding the words' contributions in the query's order;
/// the best <c>depth</c> are kept, and the matches counted.
/// </summary>
internal sealed class Scoring(int[][] tables, double[][] contributionsOf, int depth)
{
    private readonly double[] _contributions = new double[tables.Length];

    // The worst of the best so far on top: a worse rank, then (ranks equal) a higher id.
    // Sized for a first page: a deep one (page 1,000,000 asks for 100 million) grows only as far as the matches go.
    private readonly PriorityQueue<(double Rank, int Id), (double Rank, int Id)> _best =
        new(Math.Min(depth, 1_024) + 1, Comparer<(double Rank, int Id)>.Create((a, b) => b.CompareTo(a)));

    private double _worstKept = double.PositiveInfinity;
    private int _matching;

    /// <summary>Walks the driving word's facts; with <paramref name="within"/>, only those the filter keeps.</summary>
    public void Walk(PostingReader driving, int driver, IReadOnlyList<int>? within, int lastId)
    {
        var filter = within is null ? null : new HashSet<int>(within);
        while (driving.MoveNext() && driving.FactId <= lastId)
        {
            if (filter is null || filter.Contains(driving.FactId))
            {
                Offer(driving.FactId, driver, driving.OccurrenceIndex);
            }
        }
    }

    /// <summary>Walks the facts a filter keeps, given in increasing id.</summary>
    public void Walk(IReadOnlyList<int> within, int lastId)
    {
        var previous = 0;
        foreach (var id in within)
        {
            if (id <= previous)
            {
                throw new ArgumentException("Filtered facts go in increasing id.", nameof(within));
            }

            if (id > lastId)
            {
                break;
            }

            Offer(id, driver: -1, drivingOccurrence: 0);
            previous = id;
        }
    }

    public RankedFacts Ranked()
    {
        var hits = new List<SearchHit>(_best.Count);
        while (_best.TryDequeue(out var hit, out _))
        {
            hits.Add(new SearchHit { Id = hit.Id, Rank = hit.Rank });
        }

        hits.Reverse();
        return new RankedFacts(_matching, hits);
    }

    private void Offer(int id, int driver, int drivingOccurrence)
    {
        for (var i = 0; i < tables.Length; i++)
        {
            var place = i == driver ? drivingOccurrence : tables[i][id] - 1;
            if (place < 0)
            {
                return;
            }

            _contributions[i] = contributionsOf[i][place];
        }

        _matching++;
        // Ids only grow here, so a fact ranked equal to the worst kept is worse: it has the higher id.
        var rank = Bm25.Rank(_contributions);
        if (depth > 0 && (_best.Count < depth || rank < _worstKept))
        {
            if (_best.Count < depth)
            {
                _best.Enqueue((rank, id), (rank, id));
            }
            else
            {
                _best.EnqueueDequeue((rank, id), (rank, id));
            }

            _worstKept = _best.Count < depth ? double.PositiveInfinity : _best.Peek().Rank;
        }
    }
}
