using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Runs a search made only of common words, phrases and prefixes (<see cref="CommonWords"/>), alone or as
/// alternatives joined by <c>OR</c>, by relevance: the matches are the intersection of the required groups' sets (a
/// group's set is the union of its alternatives') less the excluded terms' ones, a machine word at a time, kept to
/// the filters' set when they filter by id (only a set common enough to be kept, <see cref="FilterSets.Common"/>) and
/// to the years, and each match's score is the sum of its groups' scores as Lucene's conjunction adds them, a
/// group's being the sum of its matching alternatives' stored scores as Lucene's disjunction adds them. Such a search can match most of the index, and this loop costs a fraction of Lucene's scorers and
/// collectors for each match. Any other search is left to Lucene (with the terms' <see cref="StoredWordQuery"/>).
/// </summary>
internal static class CommonWordSearch
{
    /// <summary>
    /// The total and the best <paramref name="wanted"/> hits by relevance (best first, ties by id); false when the
    /// search is not of that shape. Once the page is full, a block of 64 documents whose words' best scores add up
    /// to less than the page's worst, or to as much when its least id is above the worst's, is counted without
    /// scoring any of its documents: with many equal scores (a word in facts of one length) most blocks are.
    /// </summary>
    public static bool TryRun(IndexSearcher searcher, FactSearch search, int wanted, FacetCounter? facets, out int total, out ScoreDoc[] best)
    {
        (total, best) = (0, []);
        if (search.Query is null
            || search.Order is not { Field: FactSortField.Relevance, Descending: false, After: null }
            || Words(searcher, search.Query, search.Filter) is not var (required, excluded, allowed))
        {
            return false;
        }

        var top = new PriorityQueue<ScoreDoc, (float Score, int Id)>(wanted + 1, Worst.Instance);
        var leaves = searcher.IndexReader.Leaves;
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            var context = leaves[leaf];
            var columns = FactColumns.Of(context.AtomicReader);
            // Added in the order Lucene's conjunction adds them (by cost, ties in the query's order): float sums depend
            // on it, and a block's bound, added in the same order, is never below the sum of any of its documents.
            var scores = required.Select(g => new Alternatives(g, leaf)).OrderBy(g => g.Cost).ToArray();
            var without = excluded.Select(w => w[leaf]).ToArray();
            facets?.SetNextReader(context);
            if (scores is [{ Only: { } only }])
            {
                // What the filters and excluded terms keep of each block, counted in document order, is read again in
                // the order of the term's best blocks; once every match kept has been read, the rest hold none.
                var kept = without.Length == 0 && allowed.KeepsAll ? null : ArrayPool<ulong>.Shared.Rent(only.Matches.Length);
                var left = Count(context, only, without, allowed, facets, kept);
                total += left;
                var page = new Page(top, wanted, context.DocBase, columns.Ids, scores);
                foreach (var block in only.BlocksByBest(columns.BlockLeastIds))
                {
                    // Every block after this one has no better bound, nor a lesser least id for the same bound.
                    if (left == 0 || !page.CanTake(only.BlockBest[block], columns.BlockLeastIds[block]))
                    {
                        break;
                    }

                    var bits = kept is null ? only.Matches[block] : kept[block];
                    left -= BitOperations.PopCount(bits);
                    page.Offer(block, bits);
                }

                if (kept is not null)
                {
                    ArrayPool<ulong>.Shared.Return(kept);
                }

                continue;
            }

            var blocks = new Page(top, wanted, context.DocBase, columns.Ids, scores);
            for (var block = 0; block < scores[0].Blocks; block++)
            {
                var bits = allowed.Keep(context, block, columns.YearsByBlock, Matching(block, scores, without));
                total += BitOperations.PopCount(bits);
                facets?.CollectBlock(block, bits);
                if (bits != 0 && blocks.CanTake(Bound(block, scores), columns.BlockLeastIds[block]))
                {
                    blocks.Offer(block, bits);
                }
            }
        }

        best = new ScoreDoc[top.Count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            best[i] = top.Dequeue();
        }

        return true;
    }

    /// <summary>
    /// The total and the first <paramref name="wanted"/> hits in an order by id or year, past its cursor if it has one,
    /// with their scores; false when the search is not of that shape or is ordered by relevance. Every match is set in
    /// one set of documents across the index, read in the order's walk (<see cref="FactsInOrder"/>), where Lucene's
    /// collector would compare each match's year and id; only the hits are scored, as in <see cref="TryRun"/>.
    /// </summary>
    public static bool TryRunInOrder(IndexSearcher searcher, FactSearch search, int wanted, FacetCounter? facets, out int total, out ScoreDoc[] first)
    {
        (total, first) = (0, []);
        if (search.Query is null || search.Order.Field == FactSortField.Relevance
            || Words(searcher, search.Query, search.Filter) is not var (required, excluded, allowed))
        {
            return false;
        }

        var leaves = searcher.IndexReader.Leaves;
        var scores = new Alternatives[leaves.Count][];
        // A set of a million documents is 125 KB: lent by the shared pool, not added to the large-object heap per search.
        var words = (searcher.IndexReader.MaxDoc + 63) >> 6;
        var matches = ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            Array.Clear(matches);
            for (var leaf = 0; leaf < leaves.Count; leaf++)
            {
                var context = leaves[leaf];
                scores[leaf] = [.. required.Select(g => new Alternatives(g, leaf)).OrderBy(g => g.Cost)];
                var without = excluded.Select(w => w[leaf]).ToArray();
                var years = FactColumns.Of(context.AtomicReader).YearsByBlock;
                for (var block = 0; block < scores[leaf][0].Blocks; block++)
                {
                    Set(matches, context.DocBase + (block << 6), allowed.Keep(context, block, years, Matching(block, scores[leaf], without)));
                }
            }

            (total, var docs) = new FactsInOrder(searcher, new FilterSet(matches)).First(search.Order, wanted, facets);
            first = [.. docs.Select(d =>
            {
                var leaf = ReaderUtil.SubIndex(d.Doc, leaves);
                var score = 0f;
                foreach (var group in scores[leaf])
                {
                    score += group.Score(d.Doc - leaves[leaf].DocBase);
                }

                return new ScoreDoc(d.Doc, score);
            })];
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(matches);
        }

        return true;
    }

    /// <summary>
    /// How many documents of a segment a lone term matches within the filters and less the excluded terms, each
    /// counted by <paramref name="facets"/> too when given, and kept block by block in <paramref name="kept"/> when
    /// given; without filters and excluded terms, the term's own count.
    /// </summary>
    private static int Count(AtomicReaderContext context, CommonWords.Segment only, CommonWords.Segment[] without, Allowed allowed, FacetCounter? facets, ulong[]? kept)
    {
        if (without.Length == 0 && allowed.KeepsAll && facets is null)
        {
            return only.Count;
        }

        var (years, total) = (FactColumns.Of(context.AtomicReader).YearsByBlock, 0);
        for (var block = 0; block < only.Matches.Length; block++)
        {
            var bits = only.Matches[block];
            foreach (var set in without)
            {
                bits &= ~set.Matches[block];
            }

            bits = allowed.Keep(context, block, years, bits);
            total += BitOperations.PopCount(bits);
            facets?.CollectBlock(block, bits);
            if (kept is not null)
            {
                kept[block] = bits;
            }
        }

        return total;
    }

    /// <summary>Sets the documents from <paramref name="start"/> on given as <paramref name="bits"/> (a segment's block of 64, placed across the index).</summary>
    private static void Set(ulong[] set, int start, ulong bits)
    {
        if (bits == 0)
        {
            return;
        }

        var (word, shift) = (start >> 6, start & 63);
        set[word] |= bits << shift;
        if (shift != 0 && bits >> (64 - shift) is var rest and not 0)
        {
            set[word + 1] |= rest;
        }
    }

    /// <summary>Every match as a set of ids; false when the search is not of that shape.</summary>
    public static bool TryMatch(IndexSearcher searcher, SearchQuery query, FactFilter filter, out MatchingFacts matching)
    {
        matching = new MatchingFacts();
        if (Words(searcher, query, filter) is not var (required, excluded, allowed))
        {
            return false;
        }

        matching = new MatchingFacts(FactColumns.MaxIdOf(searcher.IndexReader));
        var leaves = searcher.IndexReader.Leaves;
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            var columns = FactColumns.Of(leaves[leaf].AtomicReader);
            var sets = required.Select(g => new Alternatives(g, leaf)).ToArray();
            var without = excluded.Select(w => w[leaf]).ToArray();
            for (var block = 0; block < sets[0].Blocks; block++)
            {
                var bits = allowed.Keep(leaves[leaf], block, columns.YearsByBlock, Matching(block, sets, without));
                if (bits != 0)
                {
                    matching.AddBlock(bits, block << 6, columns.Ids, columns.BlockRunStarts[block]);
                }
            }
        }

        return true;
    }

    /// <summary>The documents of a block of 64 that hold a term of every required group and no excluded one, as bits.</summary>
    private static ulong Matching(int block, Alternatives[] required, CommonWords.Segment[] excluded)
    {
        var bits = required[0].Matches(block);
        for (var i = 1; i < required.Length && bits != 0; i++)
        {
            bits &= required[i].Matches(block);
        }

        foreach (var set in excluded)
        {
            bits &= ~set.Matches[block];
        }

        return bits;
    }

    /// <summary>The most any document of the block can score: the groups' best scores there, added as scores are.</summary>
    private static float Bound(int block, Alternatives[] scores)
    {
        var bound = 0f;
        foreach (var group in scores)
        {
            bound += group.Best(block);
        }

        return bound;
    }

    /// <summary>
    /// The required groups' and the excluded terms' sets and scores, and what the filters allow; null unless every
    /// term is a common term and the filters by id, if any, are a common set.
    /// </summary>
    private static (List<List<CommonWords.Word>> Required, List<CommonWords.Word> Excluded, Allowed Allowed)? Words(IndexSearcher searcher, SearchQuery query, FactFilter filter)
    {
        if (query.Required.Count == 0)
        {
            return null;
        }

        var byId = filter with { YearFrom = null, YearTo = null };
        var set = byId.IsEmpty ? null : FilterSets.Common(searcher, byId);
        if (!byId.IsEmpty && set is null)
        {
            return null;
        }

        var required = new List<List<CommonWords.Word>>();
        foreach (var group in query.Required)
        {
            if (Common(searcher, group) is not { } alternatives)
            {
                return null;
            }

            required.Add(alternatives);
        }

        return Common(searcher, query.Excluded) is { } excluded
            ? (required, excluded, new Allowed(set, filter.YearFrom ?? int.MinValue, filter.YearTo ?? int.MaxValue))
            : null;
    }

    private static List<CommonWords.Word>? Common(IndexSearcher searcher, IEnumerable<SearchTerm> terms)
    {
        var words = new List<CommonWords.Word>();
        foreach (var term in terms)
        {
            if (CommonWords.Get(searcher, term) is not { } word)
            {
                return null;
            }

            words.Add(word);
        }

        return words;
    }

    /// <summary>
    /// A required group's terms in one segment: a document matches when it holds any of them, and scores the sum of
    /// the stored scores of those it holds, added in doubles from the last term to the first and rounded once, as
    /// Lucene's disjunction adds them. A lone term is itself; the group's cost is its terms' added, as Lucene's
    /// disjunction counts it.
    /// </summary>
    private sealed class Alternatives
    {
        private readonly CommonWords.Segment[] _terms;
        private readonly CommonWords.Segment? _only;

        public Alternatives(List<CommonWords.Word> terms, int leaf)
        {
            _terms = [.. terms.Select(t => t[leaf])];
            _only = _terms.Length == 1 ? _terms[0] : null;
            Cost = _terms.Sum(t => t.Cost);
            Blocks = _terms[0].Matches.Length;
        }

        public long Cost { get; }

        /// <summary>The group's term when it has one alone; null for alternatives.</summary>
        public CommonWords.Segment? Only => _only;

        /// <summary>How many blocks of 64 documents the segment has.</summary>
        public int Blocks { get; }

        public ulong Matches(int block)
        {
            if (_only is not null)
            {
                return _only.Matches[block];
            }

            var bits = 0UL;
            foreach (var term in _terms)
            {
                bits |= term.Matches[block];
            }

            return bits;
        }

        /// <summary>The score of a document that matches.</summary>
        public float Score(int doc)
        {
            if (_only is not null)
            {
                return _only.Score(doc);
            }

            var sum = 0d;
            for (var i = _terms.Length - 1; i >= 0; i--)
            {
                if ((_terms[i].Matches[doc >> 6] & (1UL << (doc & 63))) != 0)
                {
                    sum += _terms[i].Score(doc);
                }
            }

            return (float)sum;
        }

        /// <summary>
        /// No document of the block scores more: where no document holds two of the terms, each scores one term's
        /// stored score; otherwise, rounding being monotonic, the rounded sum of the terms' bests bounds each rounded sum.
        /// </summary>
        public float Best(int block)
        {
            if (_only is not null)
            {
                return _only.BlockBest[block];
            }

            var (seen, shared, best) = (0UL, 0UL, 0f);
            foreach (var term in _terms)
            {
                shared |= seen & term.Matches[block];
                seen |= term.Matches[block];
                best = Math.Max(best, term.BlockBest[block]);
            }

            if (shared == 0)
            {
                return best;
            }

            var sum = 0d;
            foreach (var term in _terms)
            {
                sum += term.BlockBest[block];
            }

            return (float)sum;
        }
    }

    /// <summary>What the filters allow: the documents of a set by id (all without one), within the years.</summary>
    private sealed record Allowed(FilterSet? Set, int YearFrom, int YearTo)
    {
        /// <summary>Whether it allows every document.</summary>
        public bool KeepsAll => Set is null && YearFrom == int.MinValue && YearTo == int.MaxValue;

        /// <summary>Of a segment's block of 64 documents given as bits, those allowed.</summary>
        public ulong Keep(AtomicReaderContext segment, int block, YearBlocks years, ulong bits)
        {
            if (bits != 0 && Set is not null)
            {
                bits &= Set.Block(segment.DocBase + (block << 6), segment.AtomicReader.MaxDoc - (block << 6));
            }

            return YearFrom == int.MinValue && YearTo == int.MaxValue ? bits : years.Keep(block, bits, YearFrom, YearTo);
        }
    }

    /// <summary>The best hits so far across segments, worst on top, and one segment's documents to offer them.</summary>
    private readonly struct Page(PriorityQueue<ScoreDoc, (float Score, int Id)> top, int wanted, int docBase, int[] ids, Alternatives[] scores)
    {
        /// <summary>Whether a block whose documents score at most <paramref name="bound"/> and whose least id is <paramref name="leastId"/> may hold a hit.</summary>
        public bool CanTake(float bound, int leastId) =>
            top.Count < wanted || !top.TryPeek(out _, out var worst) || Worst.Instance.Compare((bound, leastId), worst) >= 0;

        /// <summary>Scores the documents of a block given as bits, and keeps those that make the page.</summary>
        public void Offer(int block, ulong bits)
        {
            for (; bits != 0; bits &= bits - 1)
            {
                var doc = (block << 6) + BitOperations.TrailingZeroCount(bits);
                var score = 0f;
                foreach (var group in scores)
                {
                    score += group.Score(doc);
                }

                var key = (score, ids[doc]);
                if (top.Count < wanted)
                {
                    top.Enqueue(new ScoreDoc(docBase + doc, score), key);
                }
                else if (top.TryPeek(out _, out var least) && Worst.Instance.Compare(key, least) > 0)
                {
                    top.EnqueueDequeue(new ScoreDoc(docBase + doc, score), key);
                }
            }
        }
    }

    /// <summary>Orders hits worst first: lower score, then higher id.</summary>
    private sealed class Worst : IComparer<(float Score, int Id)>
    {
        public static Worst Instance { get; } = new();

        public int Compare((float Score, int Id) x, (float Score, int Id) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Id.CompareTo(x.Id);
    }
}
