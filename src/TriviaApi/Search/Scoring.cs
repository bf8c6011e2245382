namespace TriviaApi.Search;

/// <summary>
/// The walk of <see cref="PostingsRanking"/>: facts offered in increasing id; one matches when each required group
/// has a word in it and no excluded word is, each looked up in its table (but the driving word, whose postings are
/// walked). A match is scored by adding the words' contributions in FTS5's order, nothing for a word it lacks, as
/// FTS5 adds zero; the best <c>depth</c> are kept, and the matches counted.
/// </summary>
/// <param name="tables">Per word, in FTS5's order (the required groups' words, then the excluded): its table by fact id, or null for the driving word.</param>
/// <param name="contributionsOf">Per word, what it adds to a fact, by the place of its occurrence there.</param>
/// <param name="groupSizes">How many words each required group has; the words after them are excluded.</param>
/// <param name="depth">How many of the best facts to keep.</param>
internal sealed class Scoring(int[]?[] tables, double[][] contributionsOf, int[] groupSizes, int depth)
{
    private readonly double[] _contributions = new double[tables.Length];

    // The worst of the best so far on top: a worse rank, then (ranks equal) a higher id.
    // Sized for a first page: a deep one (page 1,000,000 asks for 100 million) grows only as far as the matches go.
    private readonly PriorityQueue<(double Rank, int Id), (double Rank, int Id)> _best =
        new(Math.Min(depth, 1_024) + 1, Comparer<(double Rank, int Id)>.Create((a, b) => b.CompareTo(a)));

    private double _worstKept = double.PositiveInfinity;
    private int _matching;

    /// <summary>
    /// Walks the driving word's facts (<paramref name="driver"/> is its place among the words), only those in
    /// <paramref name="within"/> when given; with no driving word (negative), the facts in <paramref name="within"/>,
    /// or every fact up to <paramref name="lastId"/>.
    /// </summary>
    public void Walk(PostingReader driving, int driver, IReadOnlyList<int>? within, int lastId)
    {
        if (driver >= 0)
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
        else if (within is not null)
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

                Offer(id, driver, drivingOccurrence: 0);
                previous = id;
            }
        }
        else
        {
            for (var id = 1; id <= lastId; id++)
            {
                Offer(id, driver, drivingOccurrence: 0);
            }
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
        var word = 0;
        foreach (var size in groupSizes)
        {
            var found = false;
            for (var end = word + size; word < end; word++)
            {
                var place = word == driver ? drivingOccurrence : tables[word]![id] - 1;
                found |= place >= 0;
                _contributions[word] = place >= 0 ? contributionsOf[word][place] : 0.0;
            }

            if (!found)
            {
                return;
            }
        }

        for (; word < tables.Length; word++)
        {
            if (tables[word]![id] != 0)
            {
                return;
            }

            _contributions[word] = 0.0;
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
