using System.Buffers;

namespace TriviaApi.Search;

/// <summary>
/// Ranks the facts holding every word of a search from the words' <see cref="TermPostings"/>: the rarest word's facts
/// are walked in id order and looked up in a table of each other word's facts, and each fact found in all of them is
/// scored with FTS5's <c>bm25()</c>, bit for bit: the same facts, ranks and order as FTS5's full ranking, and the
/// number of matches besides.
/// </summary>
public static class PostingsRanking
{
    // Below this many postings in all, filling the tables takes well under a millisecond: not worth a second thread.
    private const int ParallelFrom = 200_000;

    /// <param name="words">The search's words in its order, each with its postings.</param>
    /// <param name="rows">How many facts the index holds.</param>
    /// <param name="averageLength">The index's average fact length in tokens.</param>
    /// <param name="depth">How many of the best facts are wanted.</param>
    public static RankedFacts Rank(IReadOnlyList<WordPostings> words, long rows, double averageLength, int depth)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfZero(words.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var readers = words.Select(w => new PostingReader(w.Postings)).ToArray();
        // What a word adds to a fact depends on the fact only through its occurrence there: each scored once.
        var contributions = words.Select((word, i) => readers[i].Occurrences
            .Select(o => Bm25.Contribution(Bm25.Idf(rows, word.Facts), o.Frequency, o.Length, averageLength)).ToArray()).ToArray();
        var driver = words.Index().MinBy(w => w.Item.Facts).Index;
        // No fact past the first word to end can hold them all.
        var lastId = readers.Min(r => r.LastFactId);
        var tables = new int[words.Count][];
        try
        {
            Parallel.For(0, words.Count, new ParallelOptions { MaxDegreeOfParallelism = words.Sum(w => w.Facts) > ParallelFrom ? Environment.ProcessorCount : 1 }, i =>
            {
                if (i != driver)
                {
                    tables[i] = Table(readers[i], lastId);
                }
            });
            return Walk(readers[driver], driver, tables, contributions, lastId, depth);
        }
        finally
        {
            foreach (var table in tables.OfType<int[]>())
            {
                ArrayPool<int>.Shared.Return(table);
            }
        }
    }

    /// <summary>For each fact id up to <paramref name="lastId"/>: one more than the place of the word's occurrence in it, or 0 where the word is absent.</summary>
    private static int[] Table(PostingReader postings, int lastId)
    {
        var table = ArrayPool<int>.Shared.Rent(lastId + 1);
        Array.Clear(table, 0, lastId + 1);
        while (postings.MoveNext() && postings.FactId <= lastId)
        {
            table[postings.FactId] = postings.OccurrenceIndex + 1;
        }

        return table;
    }

    /// <summary>
    /// Walks the driving word's facts, finds each in the other words' tables, and scores the facts found in all of
    /// them, adding the words' contributions in the query's order.
    /// </summary>
    private static RankedFacts Walk(PostingReader driving, int driver, int[][] tables, double[][] contributionsOf, int lastId, int depth)
    {
        var contributions = new double[tables.Length];
        // The worst of the best so far on top: a worse rank, then (ranks equal) a higher id.
        // Sized for a first page: a deep one (page 1,000,000 asks for 100 million) grows only as far as the matches go.
        var best = new PriorityQueue<(double Rank, int Id), (double Rank, int Id)>(Math.Min(depth, 1_024) + 1, Comparer<(double Rank, int Id)>.Create((a, b) => b.CompareTo(a)));
        var worstKept = double.PositiveInfinity;
        var matching = 0;
        while (driving.MoveNext() && driving.FactId <= lastId)
        {
            var id = driving.FactId;
            if (!Contributions(id, driving.OccurrenceIndex, driver, tables, contributionsOf, contributions))
            {
                continue;
            }

            matching++;
            // Ids only grow here, so a fact ranked equal to the worst kept is worse: it has the higher id.
            var rank = Bm25.Rank(contributions);
            if (depth > 0 && (best.Count < depth || rank < worstKept))
            {
                if (best.Count < depth)
                {
                    best.Enqueue((rank, id), (rank, id));
                }
                else
                {
                    best.EnqueueDequeue((rank, id), (rank, id));
                }

                worstKept = best.Count < depth ? double.PositiveInfinity : best.Peek().Rank;
            }
        }

        var hits = new List<SearchHit>(best.Count);
        while (best.TryDequeue(out var hit, out _))
        {
            hits.Add(new SearchHit { Id = hit.Id, Rank = hit.Rank });
        }

        hits.Reverse();
        return new RankedFacts(matching, hits);
    }

    /// <summary>Fills in what each word adds to fact <paramref name="id"/>; false when a word is not in it.</summary>
    private static bool Contributions(int id, int drivingOccurrence, int driver, int[][] tables, double[][] contributionsOf, double[] contributions)
    {
        for (var i = 0; i < tables.Length; i++)
        {
            var place = i == driver ? drivingOccurrence : tables[i][id] - 1;
            if (place < 0)
            {
                return false;
            }

            contributions[i] = contributionsOf[i][place];
        }

        return true;
    }
}

/// <summary>A word of a search, how many facts hold it, and its postings.</summary>
public sealed record WordPostings(string Word, int Facts, ArraySegment<byte> Postings);

/// <summary>How many facts match a search, and the best of them in order.</summary>
public sealed record RankedFacts(int Matching, IReadOnlyList<SearchHit> Best);
