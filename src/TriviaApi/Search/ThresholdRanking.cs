namespace TriviaApi.Search;

/// <summary>
/// The best facts for words that must all match, ranked from each word's kept list (<see cref="TermImpacts"/>) instead
/// of scoring every fact that holds them all: Fagin's threshold algorithm. Each list, ordered by what its word alone
/// adds to a score, is read down in step; every fact met is scored in full from its indexed row. Once the last fact
/// wanted outranks, strictly, what a fact below the read part of every list could reach, no unread fact can enter
/// the result, so it is exact: the facts, ranks and order of FTS5's full ranking. Null when the lists run out first
/// (words whose best facts seldom hold the other words): rank in full then.
/// </summary>
public static class ThresholdRanking
{
    private const int FirstReach = 50;

    /// <param name="words">The query's words in its order, each with its IDF and kept list.</param>
    /// <param name="averageLength">The index's average row length, in tokens.</param>
    /// <param name="depth">How many of the best facts are wanted.</param>
    /// <param name="readRows">Reads the indexed rows of facts by id.</param>
    /// <param name="listDepth">How far down a kept list its order is exact: <see cref="TermImpacts.Depth"/>.</param>
    public static async Task<List<SearchHit>?> BestAsync(IReadOnlyList<KeptWord> words, double averageLength, int depth,
        Func<IReadOnlyCollection<int>, Task<IReadOnlyDictionary<int, IndexedRow>>> readRows, int listDepth = TermImpacts.Depth)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(readRows);
        var lists = words.Select(w => w.Kept
            .Select(k => (k.FactId, Score: Bm25.Contribution(w.Idf, k.Frequency, k.Length, averageLength)))
            .OrderByDescending(k => k.Score).ThenBy(k => k.FactId).Take(listDepth).ToList()).ToList();
        if (lists.Count == 0 || lists.Any(l => l.Count == 0))
        {
            return null;
        }

        if (lists.Count == 1)
        {
            // One word: its list is in the full ranking's order, as far as it reaches.
            if (lists[0].Count < depth && lists[0].Count < words[0].Facts)
            {
                return null;
            }

            return lists[0].Take(depth).Select(k => new SearchHit { Id = k.FactId, Rank = Bm25.Rank([k.Score]) }).ToList();
        }

        var ranked = new List<SearchHit>();
        var read = new HashSet<int>();
        var longest = lists.Max(l => l.Count);
        for (var reach = Math.Min(FirstReach, longest); ; reach = Math.Min(reach * 4, longest))
        {
            var rows = await readRows(lists.SelectMany(l => l.Take(reach)).Select(k => k.FactId).Where(read.Add).ToList());
            foreach (var row in rows.Values)
            {
                if (!row.IsPlain)
                {
                    return null;
                }

                var frequencies = words.Select(w => row.Frequency(w.Word)).ToList();
                if (frequencies.TrueForAll(f => f > 0))
                {
                    var length = row.Length;
                    ranked.Add(new SearchHit { Id = row.Id, Rank = Bm25.Rank(words.Select((w, i) => Bm25.Contribution(w.Idf, frequencies[i], length, averageLength))) });
                }
            }

            ranked.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Id.CompareTo(b.Id));
            // A list holding every fact with its word, read to its end, leaves no unread fact holding all the words.
            var noneUnread = lists.Where((l, i) => reach >= l.Count && l.Count == words[i].Facts).Any();
            // An unread fact adds at most, for each word, what the last fact read from its list adds; sums in the
            // query's order never decrease when a term grows, so that sum bounds its rank.
            var bound = Bm25.Rank(lists.Select(l => l[Math.Min(reach, l.Count) - 1].Score));
            if (noneUnread || (ranked.Count >= depth && ranked[depth - 1].Rank < bound))
            {
                return ranked.Take(depth).ToList();
            }

            if (reach == longest)
            {
                return null;
            }
        }
    }
}

/// <summary>A word of a query with its IDF, the facts kept for it and how many facts hold it in all.</summary>
public sealed record KeptWord(string Word, double Idf, IReadOnlyList<TermImpact> Kept, int Facts);
