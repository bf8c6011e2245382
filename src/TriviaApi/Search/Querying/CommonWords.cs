using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// The common words (in at least one fact in <see cref="Share"/>), searched from memory: for each, per segment, the
/// set of facts it matches and each one's score for it, computed once per index version by Lucene's own scorer for
/// the word's query and reused by every search that asks for it (<see cref="StoredWordQuery"/>). Lucene would
/// otherwise decode and score the word's postings in two fields on every request, and such a word's postings are a
/// large share of the index.
/// </summary>
internal static class CommonWords
{
    /// <summary>A word is common when at least one fact in this many holds it.</summary>
    private const int Share = 64;

    /// <summary>Below this many documents every search is fast enough without the stored scores.</summary>
    private const int MinDocuments = 20_000;

    /// <summary>
    /// At most this many scores (four bytes each) are kept per index version, besides an eighth and a sixteenth of a
    /// byte per document for each word's set and its ranks. The first words asked keep their place until the index changes.
    /// </summary>
    private const long MaxStoredScores = 24_000_000;

    private static readonly ConditionalWeakTable<IndexReader, Words> Cache = new();

    /// <summary>The word's sets and scores, when it is common in this index and there is room for it; null otherwise.</summary>
    public static Word? Get(IndexSearcher searcher, string term)
    {
        var reader = searcher.IndexReader;
        var count = reader.MaxDoc < MinDocuments ? 0 : reader.DocFreq(new Term(FactFields.Text, term));
        if (count == 0 || (long)count * Share < reader.MaxDoc)
        {
            return null;
        }

        var words = Cache.GetOrCreateValue(reader);
        Lazy<Word>? word;
        lock (words)
        {
            if (!words.Stored.TryGetValue(term, out word))
            {
                if (words.Scores + count > MaxStoredScores)
                {
                    return null;
                }

                // Counted from the text alone: a word in a fact's names only is rare, and the budget is a bound, not a tally.
                words.Scores += count;
                word = new Lazy<Word>(() => Word.Score(searcher, LuceneQueries.FactWord(term)));
                words.Stored[term] = word;
            }
        }

        // Outside the lock: a search of another word does not wait for this one's scoring.
        try
        {
            return word.Value;
        }
        catch
        {
            // A failed scoring (an index read error) is not kept: the next search of the word tries again.
            lock (words)
            {
                if (words.Stored.TryGetValue(term, out var stored) && ReferenceEquals(stored, word))
                {
                    words.Stored.Remove(term);
                    words.Scores -= count;
                }
            }

            throw;
        }
    }

    private sealed class Words
    {
        public Dictionary<string, Lazy<Word>> Stored { get; } = [];

        public long Scores { get; set; }
    }

    /// <summary>
    /// One word's matching documents (live ones only) and their scores, per segment in the reader's order, and the
    /// cost Lucene gives its scorer there (which orders the words a conjunction adds up). Scores are kept only for
    /// the documents that match, in document order: a document's place among them is the count of matches before it.
    /// </summary>
    internal sealed class Word
    {
        private readonly Segment[] _segments;

        private Word(Segment[] segments) => _segments = segments;

        public Segment this[int leaf] => _segments[leaf];

        public static Word Score(IndexSearcher searcher, Query query)
        {
            var weight = searcher.CreateNormalizedWeight(query);
            var leaves = searcher.IndexReader.Leaves;
            var segments = new Segment[leaves.Count];
            for (var i = 0; i < leaves.Count; i++)
            {
                var leaf = leaves[i];
                var matches = new ulong[(leaf.AtomicReader.MaxDoc + 63) >> 6];
                var scores = new List<float>();
                long cost = 0;
                if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer)
                {
                    cost = scorer.GetCost();
                    for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                    {
                        matches[doc >> 6] |= 1UL << (doc & 63);
                        scores.Add(scorer.GetScore());
                    }
                }

                segments[i] = new Segment(matches, [.. scores], cost);
            }

            return new Word(segments);
        }
    }

    /// <summary>
    /// A word's matches in one segment, one bit per document, and their scores; for each block of 64 documents (one
    /// word of <see cref="Matches"/>), the best score in it.
    /// </summary>
    internal sealed class Segment
    {
        private readonly int[] _before;
        private readonly float[] _scores;

        public Segment(ulong[] matches, float[] scores, long cost)
        {
            Matches = matches;
            _scores = scores;
            Cost = cost;
            _before = new int[matches.Length];
            BlockBest = new float[matches.Length];
            for (int word = 0, count = 0; word < matches.Length; word++)
            {
                _before[word] = count;
                for (var end = count + BitOperations.PopCount(matches[word]); count < end; count++)
                {
                    BlockBest[word] = Math.Max(BlockBest[word], scores[count]);
                }
            }
        }

        public ulong[] Matches { get; }

        /// <summary>The best score of the documents in each block of 64 (0 where none matches).</summary>
        public float[] BlockBest { get; }

        public long Cost { get; }

        /// <summary>The score of a document that matches.</summary>
        public float Score(int doc) =>
            _scores[_before[doc >> 6] + BitOperations.PopCount(Matches[doc >> 6] & ((1UL << (doc & 63)) - 1))];

        /// <summary>The first matching document from <paramref name="target"/> on; <see cref="DocIdSetIterator.NO_MORE_DOCS"/> when none.</summary>
        public int NextMatch(int target)
        {
            var word = target >> 6;
            if (word >= Matches.Length)
            {
                return DocIdSetIterator.NO_MORE_DOCS;
            }

            var bits = Matches[word] & (ulong.MaxValue << (target & 63));
            while (bits == 0)
            {
                if (++word == Matches.Length)
                {
                    return DocIdSetIterator.NO_MORE_DOCS;
                }

                bits = Matches[word];
            }

            return (word << 6) + BitOperations.TrailingZeroCount(bits);
        }
    }
}
