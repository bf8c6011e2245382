using System.Buffers;

namespace TriviaApi.Search;

/// <summary>
/// Ranks the facts holding every word of a search from the words' <see cref="TermPostings"/>: each decoded, in fact
/// id order, the rarest word's facts are looked up in the others' lists, and each fact found in all of them is scored
/// with FTS5's <c>bm25()</c>, bit for bit: the same facts, ranks and order as FTS5's full ranking, and the number of
/// matches besides.
/// </summary>
public static class PostingsRanking
{
    // Below this many postings in all, decoding them takes well under a millisecond: not worth a second thread.
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
        var lists = new Posting[words.Count][];
        var counts = new int[words.Count];
        try
        {
            // Each word's postings decoded into an array of its own, side by side on the cores when there are many.
            Parallel.For(0, words.Count, new ParallelOptions { MaxDegreeOfParallelism = words.Sum(w => w.Facts) > ParallelFrom ? Environment.ProcessorCount : 1 }, i =>
                (lists[i], counts[i]) = Decode(words[i]));
            return Intersect(lists, counts, words.Select(w => new Contributions(Bm25.Idf(rows, w.Facts), averageLength)).ToArray(), depth);
        }
        finally
        {
            foreach (var list in lists.OfType<Posting[]>())
            {
                ArrayPool<Posting>.Shared.Return(list);
            }
        }
    }

    /// <summary>
    /// Walks the word with the fewest facts and finds each of its facts in the other words' lists (their positions
    /// only move forward); scores the facts found in all of them, adding the words' contributions in the query's order.
    /// </summary>
    private static RankedFacts Intersect(Posting[][] lists, int[] counts, Contributions[] contributionsOf, int depth)
    {
        var driver = Array.IndexOf(counts, counts.Min());
        var positions = new int[lists.Length];
        var contributions = new double[lists.Length];
        // The worst of the best so far on top: a worse rank, then (ranks equal) a higher id.
        // Sized for a first page: a deep one (page 1,000,000 asks for 100 million) grows only as far as the matches go.
        var best = new PriorityQueue<(double Rank, int Id), (double Rank, int Id)>(Math.Min(depth, 1_024) + 1, Comparer<(double Rank, int Id)>.Create((a, b) => b.CompareTo(a)));
        var worstKept = double.PositiveInfinity;
        var matching = 0;
        var drivingList = lists[driver];
        for (var at = 0; at < counts[driver]; at++)
        {
            var id = drivingList[at].FactId;
            positions[driver] = at;
            var inAll = true;
            for (var i = 0; i < lists.Length; i++)
            {
                if (i == driver)
                {
                    continue;
                }

                var list = lists[i];
                var count = counts[i];
                var position = positions[i];
                while (position < count && list[position].FactId < id)
                {
                    position++;
                }

                positions[i] = position;
                if (position == count)
                {
                    return Ranked(matching, best);
                }

                if (list[position].FactId != id)
                {
                    inAll = false;
                    break;
                }
            }

            if (!inAll)
            {
                continue;
            }

            matching++;
            for (var i = 0; i < lists.Length; i++)
            {
                contributions[i] = contributionsOf[i].Of(lists[i][positions[i]]);
            }

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

        return Ranked(matching, best);
    }

    private static (Posting[] List, int Count) Decode(WordPostings word)
    {
        var list = ArrayPool<Posting>.Shared.Rent(Math.Max(word.Facts, 1));
        var count = 0;
        var reader = new PostingReader(word.Postings);
        while (reader.MoveNext())
        {
            list[count++] = reader.Current;
        }

        return (list, count);
    }

    private static RankedFacts Ranked(int matching, PriorityQueue<(double Rank, int Id), (double Rank, int Id)> best)
    {
        var hits = new List<SearchHit>(best.Count);
        while (best.TryDequeue(out var hit, out _))
        {
            hits.Add(new SearchHit { Id = hit.Id, Rank = hit.Rank });
        }

        hits.Reverse();
        return new RankedFacts(matching, hits);
    }
}

/// <summary>A word of a search, how many facts hold it, and its postings.</summary>
public sealed record WordPostings(string Word, int Facts, ArraySegment<byte> Postings);

/// <summary>How many facts match a search, and the best of them in order.</summary>
public sealed record RankedFacts(int Matching, IReadOnlyList<SearchHit> Best);
