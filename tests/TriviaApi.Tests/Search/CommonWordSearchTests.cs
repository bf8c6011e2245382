using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search;
using TriviaApi.Search.Analysis;
using TriviaApi.Search.Index;
using TriviaApi.Search.Querying;

using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Search;

/// <summary>
/// A common word is answered from its stored set and scores (large indexes only), inside Lucene's own query: any
/// search holding it must find, count, rank and score exactly as Lucene does with the word's own query, alone, with
/// other words, excluded, as an alternative, under filters and sorted otherwise.
/// </summary>
public sealed class CommonWordSearchTests : IClassFixture<CommonWordSearchTests.LargeIndex>
{
    private readonly SearchIndexStore _store;

    public CommonWordSearchTests(LargeIndex index) => _store = index.Store;

    [Theory]
    [InlineData("o de")]
    [InlineData("a -de")]
    [InlineData("de a o")]
    [InlineData("o OR depois de")]
    [InlineData("filme de")]
    public void Finds_counts_ranks_and_scores_as_lucene_does(string q)
    {
        var (stored, lucene) = Both(q, filter: null, new Sort(SortField.FIELD_SCORE, new SortField(FactFields.Id, ColumnSort.Id)));

        Assert.InRange(lucene.TotalHits, 100, 25_000);
        Assert.Equal(lucene.TotalHits, stored.TotalHits);
        Assert.Equal(Hits(lucene), Hits(stored));
    }

    /// <summary>
    /// Unfiltered and by relevance, a search of only common words runs its own loop (<see cref="CommonWordSearch"/>),
    /// which skips the blocks of documents that cannot reach a full page: small pages skip the most.
    /// </summary>
    [Theory]
    [InlineData("o de", 0, 200)]
    [InlineData("a -de", 0, 200)]
    [InlineData("de a o", 0, 200)]
    [InlineData("o de", 0, 3)]
    [InlineData("de a o", 0, 1)]
    [InlineData("o -depois", 40, 10)]
    [InlineData("o OR depois", 0, 200)]
    [InlineData("o OR depois", 0, 3)]
    [InlineData("o OR depois OR filme de", 0, 200)]
    [InlineData("depois OR de -o", 10, 20)]
    [InlineData("o", 0, 1)]
    [InlineData("depois", 150, 7)]
    [InlineData("filme OR depois", 30, 5)]
    public void The_front_door_finds_counts_ranks_scores_and_facets_as_lucene_does(string q, int skip, int take)
    {
        var search = new TriviaSearch(_store);
        var common = search.Facts(new FactSearch(SearchQuery.Parse(q), FactFilter.None, FactOrder.ByRelevance, skip, take, Facets: true));
        var keepsEverything = search.Facts(new FactSearch(SearchQuery.Parse(q), new FactFilter(YearFrom: 1900), FactOrder.ByRelevance, skip, take, Facets: true));
        var (_, lucene) = Both(q, filter: null, new Sort(SortField.FIELD_SCORE, new SortField(FactFields.Id, ColumnSort.Id)));
        var ids = _store.Search(s => new IndexedIds(s.IndexReader));

        Assert.Equal(lucene.TotalHits, common.Total);
        Assert.Equal(lucene.ScoreDocs.Skip(skip).Take(take).Select(d => ((int)ids.Get(d.Doc), (double?)Math.Round(d.Score, 4))), common.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(keepsEverything.Facets!.Tags, common.Facets!.Tags);
        Assert.Equal(keepsEverything.Facets.People, common.Facets.People);
        Assert.Equal(keepsEverything.Facets.Films, common.Facets.Films);
    }

    /// <summary>
    /// A lone common term (a word, phrase or prefix, less excluded ones) is ranked from its best blocks down, stopping at
    /// the first that cannot reach the page, and counted apart: filtered by a topic and years that keep whole blocks,
    /// drop whole blocks or cut through them, it must still find, count, rank and score as Lucene does.
    /// </summary>
    [Theory]
    [InlineData("o", null, null, null, 0, 21)]
    [InlineData("depois", null, null, null, 40, 51)]
    [InlineData("\"filme de\"", 2, null, null, 0, 11)]
    [InlineData("fil*", null, 1960, 1972, 10, 30)]
    [InlineData("o", 3, 1955, null, 0, 101)]
    [InlineData("de -depois", null, null, 1966, 5, 20)]
    [InlineData("depois", 1, 1990, 2000, 0, 200)]
    public void A_lone_term_finds_counts_ranks_and_scores_as_lucene_does(string q, int? tag, int? yearFrom, int? yearTo, int skip, int take)
    {
        var (query, filter) = (SearchQuery.Parse(q), new FactFilter(TagIds: tag is { } t ? [t] : null, YearFrom: yearFrom, YearTo: yearTo));
        var page = new TriviaSearch(_store).Facts(new FactSearch(query, filter, FactOrder.ByRelevance, skip, take, Facets: true));
        var everything = new TriviaSearch(_store).Facts(new FactSearch(query, filter, new FactOrder(FactSortField.Id), 0, 1, Facets: true));
        var (lucene, ids) = _store.Search(s => (
            s.Search(LuceneQueries.Filtered(LuceneQueries.Facts(query), filter, FactOrder.ByRelevance), null, skip + take, new Sort(SortField.FIELD_SCORE, new SortField(FactFields.Id, ColumnSort.Id)), doDocScores: true, doMaxScore: false),
            new IndexedIds(s.IndexReader)));

        Assert.InRange(lucene.TotalHits, 100, 25_000);
        Assert.Equal(lucene.TotalHits, page.Total);
        Assert.Equal(lucene.ScoreDocs.Skip(skip).Select(d => ((int)ids.Get(d.Doc), (double?)Math.Round(d.Score, 4))), page.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(everything.Facets!.Tags, page.Facets!.Tags);
        Assert.Equal(everything.Facets.People, page.Facets.People);
        Assert.Equal(everything.Facets.Films, page.Facets.Films);
    }

    [Fact]
    public void Filtered_and_sorted_by_year_it_is_the_same_too()
    {
        var tag = new QueryWrapperFilter(new TermQuery(FactKeys.Tag(2)));
        var (stored, lucene) = Both("o de", tag, new Sort(new SortField(FactFields.Year, SortFieldType.STRING, reverse: true), new SortField(FactFields.Id, ColumnSort.Id)));

        Assert.InRange(lucene.TotalHits, 100, 25_000);
        Assert.Equal(lucene.TotalHits, stored.TotalHits);
        Assert.Equal(Hits(lucene), Hits(stored));
    }

    [Fact]
    public void A_common_word_is_stored_and_a_rare_one_is_not() =>
        Assert.Equal("+stored(o) +(text:premiado names:premiado^4.0)", _store.Search(s => LuceneQueries.Facts(SearchQuery.Parse("o premiado"), s).ToString()));

    [Fact]
    public void A_phrase_of_common_words_and_a_common_prefix_are_stored_too() =>
        Assert.Equal(
            "+stored(\"filme de estreia\") +stored(fil*) +(text:\"o premiado\" names:\"o premiado\"^4.0) +(text:premi* names:premi*^4.0)",
            _store.Search(s => LuceneQueries.Facts(SearchQuery.Parse("\"filme de estreia\" fil* \"o premiado\" premi*"), s).ToString()));

    /// <summary>
    /// A stored phrase or prefix is searched as a common word is, by the common words' own loop (with a topic's set
    /// and years too), otherwise inside Lucene's query; either way as Lucene's own queries find, count, rank and score.
    /// </summary>
    [Theory]
    [InlineData("\"o filme de estreia\"", null, null)]
    [InlineData("\"o filme de estreia\"", 2, null)]
    [InlineData("fil*", null, null)]
    [InlineData("fil*", 2, 1990)]
    [InlineData("\"filme de\" o -danca", null, null)]
    [InlineData("d* o", null, 1990)]
    [InlineData("o de", 2, 1990)]
    [InlineData("o -depois", 4, null)]
    [InlineData("fil* OR depois", null, null)]
    [InlineData("o OR depois", 2, 1990)]
    public void Phrases_and_prefixes_find_count_rank_and_score_as_lucene_does(string q, int? tag, int? yearFrom)
    {
        var query = SearchQuery.Parse(q);
        var filter = new FactFilter(TagIds: tag is { } t ? [t] : null, YearFrom: yearFrom);
        var page = new TriviaSearch(_store).Facts(new FactSearch(query, filter, FactOrder.ByRelevance, 0, 200));
        var (lucene, ids, stored) = _store.Search(s => (
            s.Search(LuceneQueries.Filtered(LuceneQueries.Facts(query), filter, FactOrder.ByRelevance), null, 200, new Sort(SortField.FIELD_SCORE, new SortField(FactFields.Id, ColumnSort.Id)), doDocScores: true, doMaxScore: false),
            new IndexedIds(s.IndexReader),
            LuceneQueries.Facts(query, s).ToString()));

        Assert.Contains("stored(", stored);
        Assert.InRange(lucene.TotalHits, 100, 25_000);
        Assert.Equal(lucene.TotalHits, page.Total);
        Assert.Equal(lucene.ScoreDocs.Select(d => ((int)ids.Get(d.Doc), (double?)Math.Round(d.Score, 4))), page.Hits.Select(h => (h.Id, h.Score)));
    }

    [Fact]
    public void Random_draws_and_the_fact_of_the_day_pick_from_the_same_matches()
    {
        var search = new TriviaSearch(_store);
        var common = search.Matching(SearchQuery.Parse("o de"), FactFilter.None);
        var (total, ids) = _store.Search(s =>
        {
            var top = s.Search(LuceneQueries.Facts(SearchQuery.Parse("o de")), 25_000, new Sort(new SortField(FactFields.Id, ColumnSort.Id)));
            var id = new IndexedIds(s.IndexReader);
            return (top.TotalHits, top.ScoreDocs.Select(d => (int)id.Get(d.Doc)).ToList());
        });

        Assert.InRange(common.Count, 1_000, 25_000);
        Assert.Equal(total, common.Count);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => ids[i * 7]), Enumerable.Range(0, 50).Select(i => common.IdAt(i * 7)));
    }

    [Theory]
    [InlineData("o de", 2, 1990)]
    [InlineData("fil*", 3, null)]
    [InlineData("depois OR filme de", 2, null)]
    public void Draws_of_a_filtered_search_pick_from_the_same_matches(string q, int tag, int? yearFrom)
    {
        var filter = new FactFilter(TagIds: [tag], YearFrom: yearFrom);
        var common = new TriviaSearch(_store).Matching(SearchQuery.Parse(q), filter);
        var ids = _store.Search(s =>
        {
            var top = s.Search(LuceneQueries.Filtered(LuceneQueries.Facts(SearchQuery.Parse(q)), filter, FactOrder.ByRelevance), 25_000, new Sort(new SortField(FactFields.Id, ColumnSort.Id)));
            var id = new IndexedIds(s.IndexReader);
            return top.ScoreDocs.Select(d => (int)id.Get(d.Doc)).ToList();
        });

        Assert.InRange(ids.Count, 100, 25_000);
        Assert.Equal(ids, Enumerable.Range(0, common.Count).Select(common.IdAt));
    }

    /// <summary>
    /// Ordered by year or id, a search of only common words is read from one set of its matches in the order's walk
    /// (<see cref="CommonWordSearch.TryRunInOrder"/>): its pages, pages past a cursor, scores and facets must be what
    /// Lucene's sort of the words' own queries gives, and its facets those of the same search by relevance.
    /// </summary>
    [Theory]
    [InlineData("o de", FactSortField.Year, false, null, null)]
    [InlineData("o de", FactSortField.Year, true, 2, 1990)]
    [InlineData("o OR depois -filme", FactSortField.Id, true, null, null)]
    [InlineData("depois", FactSortField.Id, false, 3, null)]
    [InlineData("\"filme de\" fil*", FactSortField.Year, true, null, 1960)]
    [InlineData("o de depois", FactSortField.Year, false, null, null)]
    [InlineData("depois OR filme de a", FactSortField.Id, false, null, null)]
    public void Sorted_by_year_or_id_it_finds_counts_orders_scores_and_facets_as_lucene_does(string q, FactSortField field, bool descending, int? tag, int? yearFrom)
    {
        var (query, filter, order) = (SearchQuery.Parse(q), new FactFilter(TagIds: tag is { } t ? [t] : null, YearFrom: yearFrom), new FactOrder(field, descending));
        var sort = field == FactSortField.Year
            ? new Sort(new SortField(FactFields.Year, SortFieldType.STRING, descending), new SortField(FactFields.Id, ColumnSort.Id))
            : new Sort(new SortField(FactFields.Id, ColumnSort.Id, descending));
        var lucene = _store.Search(s =>
        {
            var top = s.Search(LuceneQueries.Filtered(LuceneQueries.Facts(query), filter, order), null, 25_000, sort, doDocScores: true, doMaxScore: false);
            var (ids, years) = (new IndexedIds(s.IndexReader), MultiDocValues.GetSortedValues(s.IndexReader, FactFields.Year));
            return top.ScoreDocs.Select(d => new FactHit((int)ids.Get(d.Doc), Math.Round(d.Score, 4), SortedNumbers.Get(years, d.Doc))).ToList();
        });
        var search = new TriviaSearch(_store);
        var byRelevance = search.Facts(new FactSearch(query, filter, FactOrder.ByRelevance, 0, 10, Facets: true));

        var (ran, unrounded) = _store.Search(s => (CommonWordSearch.TryRunInOrder(s, new FactSearch(query, filter, order, 0, 20), 20, null, out _, out var first), first));
        var luceneUnrounded = _store.Search(s => s.Search(LuceneQueries.Filtered(LuceneQueries.Facts(query), filter, order), null, 20, sort, doDocScores: true, doMaxScore: false));

        Assert.True(ran);
        Assert.Equal(Hits(luceneUnrounded), unrounded.Select(d => (d.Doc, d.Score)));
        Assert.InRange(lucene.Count, 100, 24_999);
        foreach (var (skip, take) in new[] { (0, 20), (37, 15) })
        {
            var page = search.Facts(new FactSearch(query, filter, order, skip, take, Facets: true));

            Assert.Equal(lucene.Count, page.Total);
            Assert.Equal(lucene.Skip(skip).Take(take), page.Hits);
            Assert.Equal(byRelevance.Facets!.Tags, page.Facets!.Tags);
            Assert.Equal(byRelevance.Facets.People, page.Facets.People);
            Assert.Equal(byRelevance.Facets.Films, page.Facets.Films);
        }

        foreach (var at in new[] { 0, lucene.Count / 2, lucene.Count - 3 })
        {
            var page = search.Facts(new FactSearch(query, filter, order with { After = (lucene[at].Year, lucene[at].Id) }, 0, 20));

            Assert.Equal(lucene.Count, page.Total);
            Assert.Equal(lucene.Skip(at + 1).Take(20), page.Hits);
        }
    }

    /// <summary>The same search with the stored words and with the words' own queries: the first 200 hits of each.</summary>
    private (TopDocs Stored, TopDocs Lucene) Both(string q, Filter? filter, Sort sort) => _store.Search(s =>
    {
        var query = SearchQuery.Parse(q);
        return (s.Search(LuceneQueries.Facts(query, s), filter, 200, sort, doDocScores: true, doMaxScore: false),
            s.Search(LuceneQueries.Facts(query), filter, 200, sort, doDocScores: true, doMaxScore: false));
    });

    private static List<(int Doc, float Score)> Hits(TopDocs top) => top.ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();

    /// <summary>
    /// 25,000 short facts of invented sentences (many the same, so many scores tie), most holding "o" or "de", some
    /// with names, a few with a rarer word; the first half film by film with each film's year, as imports write them,
    /// the rest with films and years mixed; most naming one person, some nobody, some two or three; a few written again at the end. Committed in five
    /// parts, so searches cross segments that do not start at a multiple of 64.
    /// </summary>
    public sealed class LargeIndex : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"trivia-common-{Guid.NewGuid():N}");

        public LargeIndex()
        {
            Store = new SearchIndexStore(_path);
            string[] starts = ["O ator", "A atriz", "De manhã o elenco", "O diretor de fotografia", "Uma cena", "A equipe de som"];
            string[] ends = ["ensaiou o número de dança.", "gravou de madrugada.", "chegou atrasado ao set.", "refez a cena do jantar.", "filmou o mar de perto."];
            string[] titles = ["O Barco de Papel", "Noite Clara", "A Casa do Rio", "Vento Sul"];
            using var writer = new IndexWriter(Store.Directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance) { Similarity = SearchIndexStore.Similarity });
            IndexedFact Fact(int id)
            {
                var text = $"{starts[id % starts.Length]} {ends[id / 7 % ends.Length]}" + (id % 3 == 0 ? " Depois o filme de estreia saiu." : "")
                    + (id % 200 == 0 ? " Premiado." : "");
                var film = id <= 12_500 ? id / 500 : id % 40;
                // A film's facts share its year where they come film by film, so whole blocks of documents are in or out of a range of years.
                var year = id <= 12_500 ? 1950 + film : 1950 + (id % 70);
                return new IndexedFact(id, text, film, year, [titles[id % titles.Length]], People(id), [], [id % 5]);
            }

            for (var id = 1; id <= 25_000; id++)
            {
                writer.AddDocument(Fact(id).ToDocument());
                if (id % 6_007 == 0)
                {
                    writer.Commit();
                }
            }

            // Facts written again, as a later import does, sit after higher ids: ties by id must still find them first.
            int[] rewritten = [3, 9, 21, 33, 35];
            writer.DeleteDocuments(IndexedFact.Documents(rewritten));
            foreach (var id in rewritten)
            {
                writer.AddDocument(Fact(id).ToDocument());
            }

            writer.Commit();
        }

        public SearchIndexStore Store { get; }

        /// <summary>Most facts name one person, some none, some two or three.</summary>
        private static int[] People(int id) => (id % 11, id % 7, id % 29) switch
        {
            (0, _, _) => [],
            (_, _, 0) => [id % 13, 13 + (id % 3), 20],
            (_, 0, _) => [id % 13, 13 + (id % 3)],
            _ => [id % 13],
        };

        public void Dispose()
        {
            Store.Dispose();
            Directory.Delete(_path, recursive: true);
        }
    }
}
