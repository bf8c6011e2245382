using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search.Index;

namespace TriviaApi.Search.Querying;

/// <summary>
/// The one front door to search: facts by words, filters and order, with scores, snippets, exact totals and facets; every matching fact
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
            var wanted = Math.Max(1, Math.Min(search.Skip + search.Take, searcher.IndexReader.MaxDoc));
            var top = TopFieldCollector.Create(Sort(search.Order), wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            var facets = search.Facets ? new FacetCounter() : null;
            var query = LuceneQueries.Facts(search.Query);
            int total;
            TopDocs page;
            if (CommonWordSearch.TryRun(searcher, search, wanted, facets, out var common, out var best))
            {
                total = common;
                page = new TopDocs(common, best.Skip(search.Skip).Take(search.Take).ToArray(), float.NaN);
            }
            else if (search.Order.After is null)
            {
                searcher.Search(query, LuceneQueries.Filter(search.Filter, search.Order), facets is null ? top : MultiCollector.Wrap(top, facets));
                total = top.TotalHits;
                page = top.GetTopDocs(Math.Min(search.Skip, wanted), search.Take);
            }
            else
            {
                // A keyset page collects past its cursor; the total and facets count every match.
                var counted = new TotalHitCountCollector();
                searcher.Search(query, LuceneQueries.Filter(search.Filter, search.Order), top);
                searcher.Search(query, LuceneQueries.Filter(search.Filter, search.Order with { After = null }), facets is null ? counted : MultiCollector.Wrap(counted, facets));
                total = counted.TotalHits;
                page = top.GetTopDocs(Math.Min(search.Skip, wanted), search.Take);
            }

            var ids = MultiDocValues.GetNumericValues(searcher.IndexReader, FactFields.Id);
            var years = MultiDocValues.GetNumericValues(searcher.IndexReader, FactFields.Year);
            var hits = search.Skip >= wanted ? [] : page.ScoreDocs
                .Select(d => new FactHit((int)ids.Get(d.Doc), Math.Round(d.Score, 4), (int)years.Get(d.Doc),
                    SnippetBuilder.Build(searcher.Doc(d.Doc).Get(FactFields.Text, CultureInfo.InvariantCulture) ?? "", search.Query)))
                .ToList();
            return new FactPage(total, hits, facets?.Counts());
        });
    }

    /// <summary>Every fact that matches, as a set of ids (for random draws, the fact of the day and quizzes).</summary>
    public MatchingFacts Matching(SearchQuery query, FactFilter filter)
    {
        ArgumentNullException.ThrowIfNull(query);
        return store.Search(searcher =>
        {
            if (CommonWordSearch.TryMatch(searcher, query, filter, out var common))
            {
                return common;
            }

            var matching = new IdCollector();
            searcher.Search(LuceneQueries.Facts(query), LuceneQueries.Filter(filter, FactOrder.ByRelevance), matching);
            return matching.Facts;
        });
    }

    /// <summary>Films, people or topics (<paramref name="kind"/>: film, person or tag) whose names match, best first.</summary>
    public NameMatches Names(SearchQuery query, string kind, int take)
    {
        ArgumentNullException.ThrowIfNull(query);
        return store.Search(searcher =>
        {
            var kindOnly = new QueryWrapperFilter(new TermQuery(new Term(FactFields.Kind, kind)));
            // A deep page asks for more hits than there are documents: Lucene sizes its queue by what is asked.
            var top = searcher.Search(LuceneQueries.Names(query), kindOnly, Math.Max(1, Math.Min(take, searcher.IndexReader.MaxDoc)), ByRelevance, doDocScores: true, doMaxScore: false);
            return new NameMatches(top.TotalHits, Hits(searcher, top).Take(take).ToList());
        });
    }

    /// <summary>Completions of what a search box holds: names of any kind with every word typed, the last as a prefix.</summary>
    public IReadOnlyList<NameMatch> Suggest(string text, int take) => store.Search(searcher =>
    {
        var top = searcher.Search(LuceneQueries.Names(SearchQuery.ForCompletion(text)), null, take, ByRelevance, doDocScores: true, doMaxScore: false);
        return Hits(searcher, top).ToList();
    });

    private static Sort ByRelevance { get; } = new(SortField.FIELD_SCORE, new SortField(FactFields.Id, SortFieldType.INT32));

    private static IEnumerable<NameMatch> Hits(IndexSearcher searcher, TopDocs top)
    {
        var ids = MultiDocValues.GetNumericValues(searcher.IndexReader, FactFields.Id);
        return top.ScoreDocs.Select(d => new NameMatch(searcher.Doc(d.Doc).Get(FactFields.Kind, CultureInfo.InvariantCulture), (int)ids.Get(d.Doc), Math.Round(d.Score, 4)));
    }

    private static Sort Sort(FactOrder order)
    {
        var byId = new SortField(FactFields.Id, SortFieldType.INT32);
        return (order.Field, order.Descending) switch
        {
            (FactSortField.Relevance, false) => ByRelevance,
            (FactSortField.Relevance, true) => new Sort(new SortField(null, SortFieldType.SCORE, reverse: true), byId),
            (FactSortField.Year, var descending) => new Sort(new SortField(FactFields.Year, SortFieldType.INT32, descending), byId),
            (_, var descending) => new Sort(new SortField(FactFields.Id, SortFieldType.INT32, descending)),
        };
    }

    /// <summary>Collects the ids of every match from doc values.</summary>
    private sealed class IdCollector : ICollector
    {
        private NumericDocValues? _ids;

        public MatchingFacts Facts { get; } = new();

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _ids = context.AtomicReader.GetNumericDocValues(FactFields.Id);

        public void Collect(int doc) => Facts.Add((int)_ids!.Get(doc));
    }
}
