using System.Buffers;

namespace TriviaApi.Search;

/// <summary>
/// Ranks the facts holding every word of a search from the words' <see cref="TermPostings"/>: the rarest word's facts
/// (or the facts a filter keeps, when fewer) are walked in id order and looked up in a table of each word's facts,
/// and each fact found in all of them is scored with FTS5's <c>bm25()</c>, bit for bit: the same facts, ranks and
/// order as FTS5's full ranking, and the number of matches besides.
/// </summary>
public static class PostingsRanking
{
    // Below this many postings in all, filling the tables takes well under a millisecond: not worth a second thread.
    private const int ParallelFrom = 200_000;

    /// <param name="words">The search's words in its order, each with its postings.</param>
    /// <param name="rows">How many facts the index holds.</param>
    /// <param name="averageLength">The index's average fact length in tokens.</param>
    /// <param name="depth">How many of the best facts are wanted.</param>
    /// <param name="within">When the search is filtered: the ids of the facts the filters keep, in increasing order.</param>
    public static RankedFacts Rank(IReadOnlyList<WordPostings> words, long rows, double averageLength, int depth, IReadOnlyList<int>? within = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfZero(words.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var readers = words.Select(w => new PostingReader(w.Postings)).ToArray();
        // What a word adds to a fact depends on the fact only through its occurrence there: each scored once.
        var contributions = words.Select((word, i) => readers[i].Occurrences
            .Select(o => Bm25.Contribution(Bm25.Idf(rows, word.Facts), o.Frequency, o.Length, averageLength)).ToArray()).ToArray();
        var rarest = words.Index().MinBy(w => w.Item.Facts);
        // The filter's facts are walked when fewer than the rarest word's: then every word is looked up.
        var driver = within is not null && within.Count < rarest.Item.Facts ? -1 : rarest.Index;
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
            var scoring = new Scoring(tables, contributions, depth);
            if (driver < 0)
            {
                scoring.Walk(within!, lastId);
            }
            else
            {
                scoring.Walk(readers[driver], driver, within, lastId);
            }

            return scoring.Ranked();
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
}

/// <summary>A word of a search, how many facts hold it, and its postings.</summary>
public sealed record WordPostings(string Word, int Facts, ArraySegment<byte> Postings);

/// <summary>How many facts match a search, and the best of them in order.</summary>
public sealed record RankedFacts(int Matching, IReadOnlyList<SearchHit> Best);
