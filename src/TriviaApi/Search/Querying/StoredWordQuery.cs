using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TriviaApi.Search.Querying;

/// <summary>
/// A common word's, phrase's or prefix's query (<see cref="CommonWords"/>) answered from its stored matches and
/// scores: it matches, scores and costs exactly what the term's own query does on the index version it was stored
/// for, so Lucene combines it with other words, filters, sorts and collectors as it would the original, and the
/// results are the same. Built for one searcher and used only with it.
/// </summary>
internal sealed class StoredWordQuery(CommonWords.Word word, SearchTerm term) : Query
{
    public override Weight CreateWeight(IndexSearcher searcher) => new StoredWeight(this);

    public override string ToString(string field) =>
        $"stored({(term.IsPrefix ? term.Words[0] + "*" : term.Words.Count == 1 ? term.Words[0] : $"\"{string.Join(' ', term.Words)}\"")})";

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    private sealed class StoredWeight(StoredWordQuery query) : Weight
    {
        public override Query Query => query;

        public override bool ScoresDocsOutOfOrder => false;

        // BM25's query norm is 1 and the word's boosts are in its stored scores.
        public override float GetValueForNormalization() => 1f;

        public override void Normalize(float norm, float topLevelBoost)
        {
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var segment = query.Segment(context);
            return segment.NextMatch(doc) == doc
                ? new Explanation(segment.Score(doc), $"stored score of {query}")
                : new Explanation(0f, $"{query} does not match");
        }

        public override Scorer GetScorer(AtomicReaderContext context, IBits? acceptDocs) =>
            new StoredScorer(this, query.Segment(context), acceptDocs);
    }

    private CommonWords.Segment Segment(AtomicReaderContext context) => word[context.Ord];

    private sealed class StoredScorer(Weight weight, CommonWords.Segment segment, IBits? acceptDocs) : Scorer(weight)
    {
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => segment.Score(_doc);

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            if (_doc == NO_MORE_DOCS)
            {
                return NO_MORE_DOCS;
            }

            var doc = segment.NextMatch(target);
            while (doc != NO_MORE_DOCS && acceptDocs is not null && !acceptDocs.Get(doc))
            {
                doc = segment.NextMatch(doc + 1);
            }

            return _doc = doc;
        }

        public override long GetCost() => segment.Cost;
    }
}
