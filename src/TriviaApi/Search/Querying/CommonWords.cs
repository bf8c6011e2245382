using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// The common words (in at least one fact in <see cref="Share"/>), searched from memory: for each, per segment, the
/// set of facts it matches and each one's score for it, computed once per index version by Lucene's own scorer for
/// the word's query and reused by every search that asks for it (<see cref="StoredWordQuery"/>). Lucene would
/// otherwise decode and score the word's postings in two fields on every request, and such a word's postings are a
/// large share of the index. A phrase whose every word is common, and a prefix whose words together are, cost as
/// much or more (a phrase reads the positions of its words in every fact holding them all), and are kept the same
/// way; since users can type any number of them, only the <see cref="MaxStoredTerms"/> last used are kept.
/// </summary>
internal static class CommonWords
{
    /// <summary>A word is common when at least one fact in this many holds it.</summary>
    private const int Share = 64;

    /// <summary>Below this many documents every search is fast enough without the stored scores.</summary>
    private const int MinDocuments = 20_000;

    /// <summary>
    /// At most this many scores (four bytes each) are kept per index version, besides an eighth and a sixteenth of a
    /// byte per document for each term's set and its ranks. The first words asked keep their place until the index changes.
    /// </summary>
    private const long MaxStoredScores = 24_000_000;

    /// <summary>At most this many phrases and prefixes are kept per index version; past that, the one unused longest makes room.</summary>
    private const int MaxStoredTerms = 16;

    private static readonly ConditionalWeakTable<IndexReader, Words> Cache = new();

    /// <summary>The term's sets and scores, when it is common in this index and there is room for it; null otherwise.</summary>
    public static Word? Get(IndexSearcher searcher, SearchTerm term)
    {
        var reader = searcher.IndexReader;
        if (reader.MaxDoc < MinDocuments)
        {
            return null;
        }

        var isWord = term is { IsPrefix: false, Words.Count: 1 };
        var key = term.IsPrefix ? term.Words[0] + "*" : string.Join(' ', term.Words);
        var words = Cache.GetOrCreateValue(reader);
        Stored? word;
        lock (words)
        {
            // A stored term is common: its matches are not counted again in the terms' dictionaries of every segment.
            if (words.Stored.TryGetValue(key, out word))
            {
                word.Uses = isWord ? 0 : ++words.LastUse;
            }
        }

        return word is not null ? Scored(words, key, word, isWord) : Store(searcher, term, words, key, isWord);
    }

    /// <summary>Keeps a term not stored yet, when it is common in this index and there is room for it; null otherwise.</summary>
    private static Word? Store(IndexSearcher searcher, SearchTerm term, Words words, string key, bool isWord)
    {
        var reader = searcher.IndexReader;
        var common = (long)reader.MaxDoc / Share;
        var count = Matches(reader, term, common);
        if (count == 0 || count < common)
        {
            return null;
        }

        Stored? word;
        lock (words)
        {
            if (!words.Stored.TryGetValue(key, out word))
            {
                if (!isWord && words.Terms == MaxStoredTerms)
                {
                    var unused = words.Stored.Where(w => w.Value.Uses > 0).MinBy(w => w.Value.Uses);
                    words.Stored.Remove(unused.Key);
                    words.Scores -= unused.Value.Count;
                    words.Terms--;
                }

                if (words.Scores + count > MaxStoredScores)
                {
                    return null;
                }

                // Counted from the text alone: a term in a fact's names only is rare, and the budget is a bound, not a tally.
                words.Scores += count;
                words.Terms += isWord ? 0 : 1;
                word = new Stored(new Lazy<Word>(() => Word.Score(searcher, LuceneQueries.FactTerm(term))), count);
                words.Stored[key] = word;
            }

            // Words are never made room for, so they keep no count of their uses.
            word.Uses = isWord ? 0 : ++words.LastUse;
        }

        return Scored(words, key, word, isWord);
    }

    /// <summary>The stored term's sets and scores, scored by the first search that asks (a failed scoring is forgotten).</summary>
    private static Word Scored(Words words, string key, Stored word, bool isWord)
    {
        // Outside the lock: a search of another term does not wait for this one's scoring.
        try
        {
            return word.Value.Value;
        }
        catch
        {
            // A failed scoring (an index read error) is not kept: the next search of the term tries again.
            lock (words)
            {
                if (words.Stored.TryGetValue(key, out var stored) && ReferenceEquals(stored, word))
                {
                    words.Stored.Remove(key);
                    words.Scores -= word.Count;
                    words.Terms -= isWord ? 0 : 1;
                }
            }

            throw;
        }
    }

    /// <summary>
    /// How many facts at most hold the term in their text: a word's count; a phrase's, its rarest word's; a prefix's,
    /// its words' counts added up, read only until they reach <paramref name="enough"/>.
    /// </summary>
    private static long Matches(IndexReader reader, SearchTerm term, long enough)
    {
        if (!term.IsPrefix)
        {
            return term.Words.Min(w => (long)reader.DocFreq(new Term(FactFields.Text, w)));
        }

        var prefix = new BytesRef(term.Words[0]);
        var count = 0L;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(FactFields.Text)?.GetEnumerator();
            if (terms is null || terms.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            do
            {
                if (!StringHelper.StartsWith(terms.Term, prefix))
                {
                    break;
                }

                count += terms.DocFreq;
            }
            while (count < enough && terms.MoveNext());
        }

        return count;
    }

    private sealed class Words
    {
        public Dictionary<string, Stored> Stored { get; } = [];

        public long Scores { get; set; }

        /// <summary>How many of <see cref="Stored"/> are phrases or prefixes.</summary>
        public int Terms { get; set; }

        public long LastUse { get; set; }
    }

    /// <summary>A stored term, what it counts against the budget, and when it was last asked (0 for words).</summary>
    private sealed class Stored(Lazy<Word> value, long count)
    {
        public Lazy<Word> Value { get; } = value;

        public long Count { get; } = count;

        public long Uses { get; set; }
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
        private int[]? _blocksByBest;

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

        /// <summary>How many documents match.</summary>
        public int Count => _scores.Length;

        /// <summary>
        /// The blocks that hold a match, best first: by <see cref="BlockBest"/>, then by the least id in the block
        /// (<paramref name="leastIds"/>, the segment's <see cref="FactColumns.BlockLeastIds"/>), then by number. A search of
        /// this term alone reads them in this order and stops at the first block that cannot reach its page.
        /// </summary>
        public int[] BlocksByBest(int[] leastIds) => LazyInitializer.EnsureInitialized(ref _blocksByBest, () =>
        {
            var blocks = Enumerable.Range(0, Matches.Length).Where(b => Matches[b] != 0).ToArray();
            Array.Sort(blocks, (x, y) => BlockBest[x] != BlockBest[y] ? BlockBest[y].CompareTo(BlockBest[x]) : leastIds[x] != leastIds[y] ? leastIds[x].CompareTo(leastIds[y]) : x.CompareTo(y));
            return blocks;
        });

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
