using System.Buffers;

namespace TriviaApi.Search;

/// <summary>
/// Ranks the facts matching a search of words from the words' <see cref="TermPostings"/>: the facts of its rarest
/// required word (or those a filter keeps, when fewer; or every fact, when each required group has alternatives)
/// are walked in id order and looked up in a table of each other word's facts, and each fact that matches is scored
/// with FTS5's <c>bm25()</c>, bit for bit: the same facts, ranks and order as FTS5's full ranking, and the number of
/// matches besides.
/// </summary>
public static class PostingsRanking
{
    // Below this many postings in all, filling the tables takes well under a millisecond: not worth a second thread.
    private const int ParallelFrom = 200_000;

    // Fewer facts to walk are walked on one core: splitting costs a page of hits per core, and a merge.
    private const int SplitFrom = 100_000;

    /// <param name="required">Groups of words that must all match, in the query's order; a group matches when any of its words (alternatives joined by OR) does.</param>
    /// <param name="excluded">Words no match may hold.</param>
    /// <param name="index">How many facts the index holds, and their average length.</param>
    /// <param name="depth">How many of the best facts are wanted.</param>
    /// <param name="within">When the search is filtered: the ids of the facts the filters keep, in increasing order.</param>
    public static RankedFacts Rank(IReadOnlyList<IReadOnlyList<WordPostings>> required, IReadOnlyList<WordPostings> excluded, IndexTotals index, int depth, IReadOnlyList<int>? within = null)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentOutOfRangeException.ThrowIfZero(required.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        // FTS5's order of phrases: the required words group by group, then the excluded ones.
        var words = required.SelectMany(g => g).Concat(excluded).ToArray();
        var readers = words.Select(w => new PostingReader(w.Postings)).ToArray();
        // What a word adds to a fact depends on the fact only through its occurrence there: each scored once.
        var contributions = words.Select((word, i) => readers[i].Occurrences
            .Select(o => Bm25.Contribution(Bm25.Idf(index.Rows, word.Facts), o.Frequency, o.Length, index.AverageLength)).ToArray()).ToArray();
        var groupSizes = required.Select(g => g.Count).ToArray();
        var driver = Driver(required, within);
        // No fact past the end of every word of a required group can match.
        var first = 0;
        var lastId = int.MaxValue;
        foreach (var size in groupSizes)
        {
            lastId = Math.Min(lastId, readers.Skip(first).Take(size).Max(r => r.LastFactId));
            first += size;
        }

        var tables = new int[words.Length][];
        var (candidates, slots, count) = (Array.Empty<int>(), (int[]?)null, 0);
        bool[]? kept = null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = words.Sum(w => w.Facts) > ParallelFrom ? Environment.ProcessorCount : 1 };
        try
        {
            // Each other word's table, and the driving word's facts in an array the walk can share between the cores.
            Parallel.For(0, words.Length, parallel, i =>
            {
                if (i != driver)
                {
                    tables[i] = Table(readers[i], lastId);
                }
                else
                {
                    (candidates, slots, count) = Decode(readers[i], words[i].Facts, lastId);
                }
            });
            if (driver < 0)
            {
                (candidates, count) = within is null ? Every(lastId) : Kept(within, lastId);
            }
            else if (within is not null)
            {
                kept = Filter(within, lastId);
            }

            // Split in runs of ids, each walked on a core of its own, with a page of its own; the pages merged after.
            var parts = count >= SplitFrom ? parallel.MaxDegreeOfParallelism : 1;
            var scorings = new Scoring[parts];
            Parallel.For(0, parts, parallel, part =>
            {
                scorings[part] = new Scoring(tables, contributions, groupSizes, driver, depth);
                scorings[part].Walk(candidates, slots, kept, (int)((long)count * part / parts), (int)((long)count * (part + 1) / parts));
            });
            return Scoring.Merge(scorings, depth);
        }
        finally
        {
            foreach (var pooled in tables.Append(candidates).Append(slots).OfType<int[]>().Where(a => a.Length > 0))
            {
                ArrayPool<int>.Shared.Return(pooled);
            }

            if (kept is not null)
            {
                ArrayPool<bool>.Shared.Return(kept);
            }
        }
    }

    /// <summary>
    /// The word whose facts are walked, by its place among the words: the one of a group without alternatives that
    /// the fewest facts hold. Negative when the filter keeps fewer facts, or no group stands alone.
    /// </summary>
    private static int Driver(IReadOnlyList<IReadOnlyList<WordPostings>> required, IReadOnlyList<int>? within)
    {
        var (driver, facts, place) = (-1, within?.Count ?? int.MaxValue, 0);
        foreach (var group in required)
        {
            if (group is [var word] && word.Facts < facts)
            {
                (driver, facts) = (place, word.Facts);
            }

            place += group.Count;
        }

        return driver;
    }

    /// <summary>The facts of the driving word up to <paramref name="lastId"/>, by id, with the place of its occurrence in each.</summary>
    private static (int[] Ids, int[] Slots, int Count) Decode(PostingReader postings, int facts, int lastId)
    {
        var ids = ArrayPool<int>.Shared.Rent(Math.Max(facts, 1));
        var slots = ArrayPool<int>.Shared.Rent(Math.Max(facts, 1));
        var count = 0;
        while (postings.MoveNext() && postings.FactId <= lastId)
        {
            (ids[count], slots[count]) = (postings.FactId, postings.OccurrenceIndex);
            count++;
        }

        return (ids, slots, count);
    }

    /// <summary>Every fact id from 1 to <paramref name="lastId"/>: a search whose every required group has alternatives.</summary>
    private static (int[] Ids, int Count) Every(int lastId)
    {
        var ids = ArrayPool<int>.Shared.Rent(Math.Max(lastId, 1));
        for (var id = 1; id <= lastId; id++)
        {
            ids[id - 1] = id;
        }

        return (ids, lastId);
    }

    /// <summary>The facts a filter keeps up to <paramref name="lastId"/>, checked to come in increasing id.</summary>
    private static (int[] Ids, int Count) Kept(IReadOnlyList<int> within, int lastId)
    {
        var ids = ArrayPool<int>.Shared.Rent(Math.Max(within.Count, 1));
        var count = 0;
        foreach (var id in within)
        {
            if (count > 0 && id <= ids[count - 1])
            {
                throw new ArgumentException("Filtered facts go in increasing id.", nameof(within));
            }

            if (id > lastId)
            {
                break;
            }

            ids[count++] = id;
        }

        return (ids, count);
    }

    /// <summary>Whether the filter keeps each fact id up to <paramref name="lastId"/>.</summary>
    private static bool[] Filter(IReadOnlyList<int> within, int lastId)
    {
        var kept = ArrayPool<bool>.Shared.Rent(lastId + 1);
        Array.Clear(kept, 0, lastId + 1);
        foreach (var id in within.Where(id => id <= lastId))
        {
            kept[id] = true;
        }

        return kept;
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
}

/// <summary>A word of a search, how many facts hold it, and its postings.</summary>
public sealed record WordPostings(string Word, int Facts, ArraySegment<byte> Postings);

/// <summary>What BM25 needs of the whole index: how many facts it holds, and their average length in tokens.</summary>
public readonly record struct IndexTotals(long Rows, double AverageLength);

/// <summary>How many facts match a search, and the best of them in order.</summary>
public sealed record RankedFacts(int Matching, IReadOnlyList<SearchHit> Best);
