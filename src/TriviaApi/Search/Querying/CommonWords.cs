using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// The very common words (in at least one fact in <see cref="Share"/>), searched from memory: for each, per segment,
/// the set of facts it matches and each fact's score for it, computed once per index version by Lucene's own scorer
/// for the word's query and reused by every search that asks for it. A search made only of such words (<c>o de</c>,
/// <c>o -de</c>) then counts its matches by intersecting sets a machine word at a time and ranks them by adding the
/// stored scores, where Lucene would walk and score several postings lists of most of the index on every request.
/// Totals, scores and order are the ones Lucene gives.
/// </summary>
internal static class CommonWords
{
    /// <summary>A word is common when at least one fact in this many holds it.</summary>
    private const int Share = 8;

    /// <summary>Below this many documents every search is fast enough without the stored scores.</summary>
    private const int MinDocuments = 20_000;

    /// <summary>At most this many words are kept per index version (each costs a little over four bytes per document).</summary>
    private const int MaxWords = 16;

    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, Word>> Cache = new();

    /// <summary>The word's sets and scores, when it is common in this index; null otherwise.</summary>
    public static Word? Get(IndexSearcher searcher, string term)
    {
        var reader = searcher.IndexReader;
        if (reader.MaxDoc < MinDocuments || reader.DocFreq(new Term(FactFields.Text, term)) * Share < reader.MaxDoc)
        {
            return null;
        }

        var words = Cache.GetOrCreateValue(reader);
        lock (words)
        {
            if (words.TryGetValue(term, out var word))
            {
                return word;
            }

            if (words.Count >= MaxWords)
            {
                return null;
            }

            word = Word.Score(searcher, LuceneQueries.FactWord(term));
            words[term] = word;
            return word;
        }
    }

    /// <summary>
    /// One word's matching documents (live ones only) and their scores, per segment in the reader's order, and the
    /// cost Lucene gives its scorer there (which orders the words a conjunction adds up).
    /// </summary>
    internal sealed class Word(ulong[][] matches, float[][] scores, long[] costs)
    {
        public ulong[] Matches(int leaf) => matches[leaf];

        public float[] Scores(int leaf) => scores[leaf];

        public long Cost(int leaf) => costs[leaf];

        public static Word Score(IndexSearcher searcher, Query query)
        {
            var weight = searcher.CreateNormalizedWeight(query);
            var leaves = searcher.IndexReader.Leaves;
            var matches = new ulong[leaves.Count][];
            var scores = new float[leaves.Count][];
            var costs = new long[leaves.Count];
            for (var i = 0; i < leaves.Count; i++)
            {
                var leaf = leaves[i];
                matches[i] = new ulong[(leaf.AtomicReader.MaxDoc + 63) >> 6];
                scores[i] = new float[leaf.AtomicReader.MaxDoc];
                if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
                {
                    continue;
                }

                costs[i] = scorer.GetCost();
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                {
                    matches[i][doc >> 6] |= 1UL << (doc & 63);
                    scores[i][doc] = scorer.GetScore();
                }
            }

            return new Word(matches, scores, costs);
        }
    }
}
