using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// The one front door to search: facts by words, filters and order, with scores, exact totals and facets; every matching fact
/// as a set of ids (for random draws, the fact of the day and quizzes); films, people and topics by name; completions.
/// How a search runs is decided here, never by the features that call it.
/// </summary>
public sealed class TriviaSearch(SearchIndexStore store)
{
    public FactPage Facts(FactSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return store.Search(searcher =>
        {
            var wanted = (int)Math.Max(1, Math.Min((long)search.Skip + search.Take, searcher.IndexReader.MaxDoc));
            var scored = search.Query is not null;
            var facets = search.Facets ? new FacetCounter() : null;
            var (total, page) = CommonWordSearch.TryRun(searcher, search, wanted, facets, out var common, out var best)
                || CommonWordSearch.TryRunInOrder(searcher, search, wanted, facets, out common, out best)
                ? (common, new TopDocs(common, best.Skip(search.Skip).Take(search.Take).ToArray(), float.NaN))
                : search.Query is null
                    ? InOrder(searcher, search, wanted, facets)
                    : Collect(searcher, search.Query, search, wanted, facets);

            var leaves = searcher.IndexReader.Leaves;
            var hits = search.Skip >= wanted ? [] : page.ScoreDocs
                .Select(d => Hit(leaves, d.Doc, scored ? Math.Round(d.Score, 4) : null))
                .ToList();
            return new FactPage(total, hits, facets?.Counts());
        });
    }

    /// <summary>Every fact that matches (all that the filters allow, without words), as a set of ids: for random draws, the fact of the day and quizzes.</summary>
    public MatchingFacts Matching(SearchQuery? query, FactFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return store.Search(searcher =>
        {
            if (query is null)
            {
                return filter.IsEmpty ? EveryFact.GetValue(searcher.IndexReader, _ => new FactsInOrder(searcher, filter).Matching()) : new FactsInOrder(searcher, filter).Matching();
            }

            return CommonWordSearch.TryMatch(searcher, query, filter, out var common)
                ? common
                : Collected(searcher, LuceneQueries.Filtered(LuceneQueries.Facts(query, searcher), filter, FactOrder.ByRelevance));
        });
    }

    /// <summary>Films, people or topics (<paramref name="kind"/>: film, person or tag) whose names match, best first.</summary>
    public NameMatches Names(SearchQuery query, string kind, int take)
    {
        ArgumentNullException.ThrowIfNull(query);
        return store.Search(searcher =>
        {
            var kindOnly = new QueryWrapperFilter(new TermQuery(new Term(FactFields.Kind, kind)));
            var top = BestNames(searcher, LuceneQueries.Names(query), kindOnly, take);
            return new NameMatches(top.TotalHits, Hits(searcher, top).Take(take).ToList());
        });
    }

    /// <summary>Completions of what a search box holds: names of any kind with every word typed, the last as a prefix.</summary>
    public IReadOnlyList<NameMatch> Suggest(string text, int take) => store.Search(searcher =>
    {
        var top = BestNames(searcher, LuceneQueries.Names(SearchQuery.ForCompletion(text)), null, take);
        return Hits(searcher, top).ToList();
    });

    /// <summary>Every fact in the index, collected once per index version: unfiltered draws pick from it as it is.</summary>
    private static readonly ConditionalWeakTable<IndexReader, MatchingFacts> EveryFact = new();

    /// <summary>
    /// The total and the page of a search, in its order. A keyset page collects past its cursor; the total and facets
    /// count every match.
    /// </summary>
    private static (int Total, TopDocs Page) Collect(IndexSearcher searcher, SearchQuery words, FactSearch search, int wanted, FacetCounter? facets)
    {
        var top = TopFieldCollector.Create(Sort(search.Order), wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var query = LuceneQueries.Facts(words, searcher);
        if (search.Order.After is null)
        {
            searcher.Search(LuceneQueries.Filtered(query, search.Filter, search.Order), facets is null ? top : MultiCollector.Wrap(top, facets));
            return (top.TotalHits, top.GetTopDocs(search.Skip, search.Take));
        }

        var counted = new TotalHitCountCollector();
        searcher.Search(LuceneQueries.Filtered(query, search.Filter, search.Order), top);
        searcher.Search(LuceneQueries.Filtered(query, search.Filter, search.Order with { After = null }), facets is null ? counted : MultiCollector.Wrap(counted, facets));
        return (counted.TotalHits, top.GetTopDocs(search.Skip, search.Take));
    }

    /// <summary>The total and the page of a list without words (<see cref="FactsInOrder"/>).</summary>
    private static (int Total, TopDocs Page) InOrder(IndexSearcher searcher, FactSearch search, int wanted, FacetCounter? facets)
    {
        var (total, first) = new FactsInOrder(searcher, search.Filter).First(search.Order, wanted, facets);
        return (total, new TopDocs(total, first.Skip(search.Skip).Take(search.Take).ToArray(), float.NaN));
    }

    private static MatchingFacts Collected(IndexSearcher searcher, Query query)
    {
        var matching = new IdCollector();
        searcher.Search(query, matching);
        return matching.Facts;
    }

    /// <summary>A document's year, from its segment's columns (sorted doc values, read once per segment).</summary>
    private static FactHit Hit(IList<AtomicReaderContext> leaves, int doc, double? score)
    {
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var columns = FactColumns.Of(leaf.AtomicReader);
        return new FactHit(columns.Ids[doc - leaf.DocBase], score, columns.Years[doc - leaf.DocBase]);
    }

    /// <summary>
    /// The best <paramref name="take"/> names by relevance, ties by id, collected in document order. Lucene would take
    /// the matches in any order, as this order allows, and so score a prefix's words (a query of any of them) with its
    /// scorer for large disjunctions, which allocates a table of 2,048 buckets per segment: more than the rest of a
    /// completion together, for the few names a prefix matches. The hits are the same either way.
    /// </summary>
    private static TopDocs BestNames(IndexSearcher searcher, Query query, Filter? filter, int take)
    {
        // A deep page asks for more hits than there are documents: Lucene sizes its queue by what is asked.
        var top = TopFieldCollector.Create(ByRelevance, Math.Max(1, Math.Min(take, searcher.IndexReader.MaxDoc)), fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(query, filter, top);
        return top.GetTopDocs();
    }

    private static Sort ByRelevance { get; } = new(SortField.FIELD_SCORE, new SortField(FactFields.Id, ColumnSort.Id));

    private static IEnumerable<NameMatch> Hits(IndexSearcher searcher, TopDocs top)
    {
        return top.ScoreDocs.Select(d =>
        {
            var name = searcher.Doc(d.Doc);
            return new NameMatch(name.Get(FactFields.Kind, CultureInfo.InvariantCulture), name.GetField(FactFields.Id).GetInt32Value() ?? 0, Math.Round(d.Score, 4));
        });
    }

    private static Sort Sort(FactOrder order)
    {
        var byId = new SortField(FactFields.Id, ColumnSort.Id);
        return (order.Field, order.Descending) switch
        {
            (FactSortField.Relevance, false) => ByRelevance,
            (FactSortField.Relevance, true) => new Sort(new SortField(null, SortFieldType.SCORE, reverse: true), byId),
            (FactSortField.Year, var descending) => new Sort(new SortField(FactFields.Year, ColumnSort.Year, descending), byId),
            (_, var descending) => new Sort(new SortField(FactFields.Id, ColumnSort.Id, descending)),
        };
    }

    /// <summary>Collects the ids of every match.</summary>
    private sealed class IdCollector : ICollector
    {
        private int[] _ids = [];

        public MatchingFacts Facts { get; } = new();

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _ids = FactColumns.Of(context.AtomicReader).Ids;

        public void Collect(int doc) => Facts.Add(_ids[doc]);
    }
}
