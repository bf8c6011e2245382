namespace TriviaApi.Search;

/// <summary>
/// Ranks the facts holding every word of a search by walking the words' <see cref="TermPostings"/> side by side (each
/// in fact id order, so a match is where they all stop on one id) and scoring each match with FTS5's <c>bm25()</c>,
/// bit for bit: the same facts, ranks and order as FTS5's full ranking, and the number of matches besides.
/// </summary>
public static class PostingsRanking
{
    /// <param name="words">The search's words in its order, each with its postings.</param>
    /// <param name="rows">How many facts the index holds.</param>
    /// <param name="averageLength">The index's average fact length in tokens.</param>
    /// <param name="depth">How many of the best facts are wanted.</param>
    public static RankedFacts Rank(IReadOnlyList<WordPostings> words, long rows, double averageLength, int depth)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfZero(words.Count);
        var idf = words.Select(w => Bm25.Idf(rows, w.Facts)).ToArray();
        var readers = words.Select(w => new PostingReader(w.Postings)).ToArray();
        var postings = new Posting[readers.Length];
        var contributions = new double[readers.Length];
        // The worst of the best so far on top: a worse rank, then (ranks equal) a higher id.
        var best = new PriorityQueue<(double Rank, int Id), (double Rank, int Id)>(depth + 1, Comparer<(double Rank, int Id)>.Create((a, b) => b.CompareTo(a)));
        var worstKept = double.PositiveInfinity;
        var matching = 0;
        var target = 0;
        while (true)
        {
            // Move every word to the first fact at or past the target; a word passing it sets the next target.
            var agreed = true;
            for (var i = 0; i < readers.Length; i++)
            {
                while (readers[i].Current.FactId < target || readers[i].Current.FactId == 0)
                {
                    if (!readers[i].MoveNext())
                    {
                        return Ranked(matching, best);
                    }
                }

                postings[i] = readers[i].Current;
                agreed &= postings[i].FactId == target;
                target = Math.Max(target, postings[i].FactId);
            }

            if (!agreed)
            {
                continue;
            }

            matching++;
            for (var i = 0; i < postings.Length; i++)
            {
                var frequency = (postings[i].InText * FullTextSearch.TextWeight) + (postings[i].InNames * FullTextSearch.NameWeight);
                contributions[i] = Bm25.Contribution(idf[i], frequency, postings[i].Length, averageLength);
            }

            // Ids only grow here, so a fact ranked equal to the worst kept is worse: it has the higher id.
            var rank = Bm25.Rank(contributions);
            if (depth > 0 && (best.Count < depth || rank < worstKept))
            {
                if (best.Count < depth)
                {
                    best.Enqueue((rank, target), (rank, target));
                }
                else
                {
                    best.EnqueueDequeue((rank, target), (rank, target));
                }

                worstKept = best.Count < depth ? double.PositiveInfinity : best.Peek().Rank;
            }

            target++;
        }
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
public sealed record WordPostings(string Word, int Facts, byte[] Postings);

/// <summary>How many facts match a search, and the best of them in order.</summary>
public sealed record RankedFacts(int Matching, IReadOnlyList<SearchHit> Best);
