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
/// <param name="driver">The driving word's place among the words, whose facts are walked; negative when there is none.</param>
/// <param name="depth">How many of the best facts to keep.</param>
internal sealed class Scoring(int[]?[] tables, double[][] contributionsOf, int[] groupSizes, int driver, int depth)
{
    private readonly double[] _contributions = new double[tables.Length];

    // The most the other required words can add to a fact together, beside the driving word's own share.
    private readonly double _bestOfOthers = Enumerable.Range(0, groupSizes.Sum()).Where(w => w != driver).Sum(w => contributionsOf[w].DefaultIfEmpty().Max());

    // The worst of the best so far on top: a worse rank, then (ranks equal) a higher id.
    // Sized for a first page: a deep one (page 1,000,000 asks for 100 million) grows only as far as the matches go.
    private readonly PriorityQueue<(double Rank, int Id), (double Rank, int Id)> _best =
        new(Math.Min(depth, 1_024) + 1, Comparer<(double Rank, int Id)>.Create((a, b) => b.CompareTo(a)));

    private double _worstKept = double.PositiveInfinity;
    private int _matching;

    /// <summary>
    /// Walks the facts <paramref name="ids"/> holds from <paramref name="from"/> up to <paramref name="to"/>: the driving
    /// word's, with its occurrence in each in <paramref name="slots"/> (only the facts <paramref name="kept"/> says a
    /// filter keeps, when given); or, with no driving word, the facts a filter keeps, or every fact.
    /// </summary>
    public void Walk(int[] ids, int[]? slots, bool[]? kept, int from, int to)
    {
        for (var at = from; at < to; at++)
        {
            var id = ids[at];
            if (kept is null || kept[id])
            {
                Offer(id, slots is null ? 0 : slots[at]);
            }
        }
    }

    /// <summary>The matches counted by every part of a walk, and the best <paramref name="depth"/> of all their pages.</summary>
    public static RankedFacts Merge(IReadOnlyList<Scoring> parts, int depth) =>
        new(parts.Sum(p => p._matching), parts.SelectMany(p => p.Ranked().Best)
            .OrderBy(h => h.Rank).ThenBy(h => h.Id).Take(depth).ToList());

    private RankedFacts Ranked()
    {
        var hits = new List<SearchHit>(_best.Count);
        while (_best.TryDequeue(out var hit, out _))
        {
            hits.Add(new SearchHit { Id = hit.Id, Rank = hit.Rank });
        }

        hits.Reverse();
        return new RankedFacts(_matching, hits);
    }

    private void Offer(int id, int drivingOccurrence)
    {
        var word = 0;
        foreach (var size in groupSizes)
        {
            var found = false;
            for (var end = word + size; word < end; word++)
            {
                found |= word == driver || tables[word]![id] != 0;
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
        }

        _matching++;
        // Most matches of common words cannot reach the page: the driving word's share and every other word's best
        // cannot beat the worst kept, with a margin far wider than the rounding of a sum of a few terms.
        if (_best.Count == depth && driver >= 0 && -(_bestOfOthers + contributionsOf[driver][drivingOccurrence]) - _worstKept > Math.Abs(_worstKept) * 1e-12)
        {
            return;
        }

        for (word = 0; word < tables.Length; word++)
        {
            var place = word == driver ? drivingOccurrence : tables[word]![id] - 1;
            _contributions[word] = place >= 0 ? contributionsOf[word][place] : 0.0;
        }

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
