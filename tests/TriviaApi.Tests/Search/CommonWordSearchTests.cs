using Lucene.Net.Index;
using TriviaApi.Search;
using TriviaApi.Search.Analysis;
using TriviaApi.Search.Index;
using TriviaApi.Search.Querying;

namespace TriviaApi.Tests.Search;

/// <summary>
/// A search of only very common words is answered from the words' stored sets and scores (large indexes only); it
/// must find, count, rank and score exactly as Lucene does. The same search with a filter that keeps every fact goes
/// through Lucene, so the two are compared on an index large enough for the shortcut.
/// </summary>
public sealed class CommonWordSearchTests : IClassFixture<CommonWordSearchTests.LargeIndex>
{
    private readonly TriviaSearch _search;

    public CommonWordSearchTests(LargeIndex index) => _search = new TriviaSearch(index.Store);

    private static readonly FactFilter KeepsEverything = new(YearFrom: 1900);

    private FactPage Search(string q, FactFilter filter, int skip = 0) =>
        _search.Facts(new FactSearch(SearchQuery.Parse(q), filter, FactOrder.ByRelevance, skip, 20, Facets: true));

    [Theory]
    [InlineData("o de")]
    [InlineData("a -de")]
    [InlineData("de a o")]
    public void Finds_counts_and_ranks_as_lucene_does(string q)
    {
        var common = Search(q, FactFilter.None);
        var lucene = Search(q, KeepsEverything);

        Assert.InRange(common.Total, 100, 25_000);
        Assert.Equal(lucene.Total, common.Total);
        Assert.Equal(lucene.Hits.Select(h => (h.Id, h.Score)), common.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(lucene.Facets!.Tags, common.Facets!.Tags);
        Assert.Equal(lucene.Facets.Films, common.Facets.Films);
    }

    [Fact]
    public void A_later_page_is_the_same_too() =>
        Assert.Equal(Search("o de", KeepsEverything, skip: 100).Hits.Select(h => h.Id), Search("o de", FactFilter.None, skip: 100).Hits.Select(h => h.Id));

    [Fact]
    public void Random_draws_and_the_fact_of_the_day_pick_from_the_same_matches()
    {
        var common = _search.Matching(SearchQuery.Parse("o de"), FactFilter.None);
        var lucene = _search.Matching(SearchQuery.Parse("o de"), KeepsEverything);

        Assert.InRange(common.Count, 1_000, 25_000);
        Assert.Equal(lucene.Count, common.Count);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => lucene.IdAt(i * 7)), Enumerable.Range(0, 50).Select(i => common.IdAt(i * 7)));
    }

    /// <summary>25,000 short facts of invented sentences, most holding "o" or "de", some with names.</summary>
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
            for (var id = 1; id <= 25_000; id++)
            {
                var text = $"{starts[id % starts.Length]} {ends[id / 7 % ends.Length]}" + (id % 3 == 0 ? " Depois o filme de estreia saiu." : "");
                writer.AddDocument(new IndexedFact(id, text, id % 40, 1950 + (id % 70), [titles[id % titles.Length]], [id % 13], [], [id % 5]).ToDocument());
            }

            writer.Commit();
        }

        public SearchIndexStore Store { get; }

        public void Dispose()
        {
            Store.Dispose();
            Directory.Delete(_path, recursive: true);
        }
    }
}
