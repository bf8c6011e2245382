using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search;
using TriviaApi.Search.Analysis;
using TriviaApi.Search.Index;
using TriviaApi.Search.Querying;

namespace TriviaApi.Tests.Search;

/// <summary>
/// Facets are counted a block of documents at a time (<see cref="FacetCounter"/>), whichever way the search ran:
/// Lucene's collector, the common words' own loop, or a list without words. Each way must give exactly the counts
/// of reading every match's film, topics and people from Lucene's doc values one by one.
/// </summary>
public sealed class FacetCountTests(CommonWordSearchTests.LargeIndex index) : IClassFixture<CommonWordSearchTests.LargeIndex>
{
    private readonly SearchIndexStore _store = index.Store;

    public static TheoryData<string?, int?, int?> Searches() => new()
    {
        { "o de", null, null },
        { "premiado", null, null },
        { "o de", null, 1990 },
        { "filme -depois", 3, null },
        { null, null, null },
        { null, 3, null },
        { null, 2, 1980 },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Counts_are_every_match_read_one_by_one(string? q, int? tag, int? yearFrom)
    {
        var query = q is null ? null : SearchQuery.Parse(q);
        var filter = new FactFilter(TagIds: tag is { } t ? [t] : null, YearFrom: yearFrom);
        var order = query is null ? new FactOrder(FactSortField.Id) : FactOrder.ByRelevance;

        var page = new TriviaSearch(_store).Facts(new FactSearch(query, filter, order, 0, 10, Facets: true));
        var expected = _store.Search(s =>
        {
            var counting = new DocValuesCount();
            s.Search(query is null ? LuceneQueries.Only(filter, order) : LuceneQueries.Filtered(LuceneQueries.Facts(query), filter, order), counting);
            return counting;
        });

        Assert.Equal(expected.Matches, page.Total);
        Assert.Equal(expected.Films, page.Facets!.Films.OrderBy(c => c.Key));
        Assert.Equal(expected.Tags, page.Facets.Tags.OrderBy(c => c.Key));
        Assert.Equal(expected.People, page.Facets.People.OrderBy(c => c.Key));
    }

    /// <summary>More topics than are kept as bits (a taxonomy grown past 64) are counted document by document, to the same counts.</summary>
    [Fact]
    public void Many_topics_are_counted_document_by_document_to_the_same_counts()
    {
        var (counted, expected) = CountOnAnIndexOf(id => new IndexedFact(id, id % 4 == 0 ? "O piano tocou." : "A cena do piano.", id / 100, 1950 + (id / 100), [], [id % 7], [], [id % 90, 90 + (id % 3)]));

        Assert.Equal(93, counted.Tags.Count);
        Assert.Equal(expected.Tags, counted.Tags.OrderBy(c => c.Key));
        Assert.Equal(expected.People, counted.People.OrderBy(c => c.Key));
        Assert.Equal(expected.Films, counted.Films.OrderBy(c => c.Key));
    }

    /// <summary>People are kept in two bytes each while their ids fit; ids past that are counted to the same counts.</summary>
    [Fact]
    public void People_whose_ids_need_more_than_two_bytes_are_counted_to_the_same_counts()
    {
        var (counted, expected) = CountOnAnIndexOf(id => new IndexedFact(id, id % 4 == 0 ? "O piano tocou." : "A cena do piano.", id / 100, 1950 + (id / 100), [],
            [.. new[] { 70_000 + (id % 5), id % 3, 65_536 + (id % 11) }.Take(id % 4)], [], [id % 7]));

        Assert.Contains(counted.People, c => c.Key > ushort.MaxValue);
        Assert.Equal(expected.People, counted.People.OrderBy(c => c.Key));
        Assert.Equal(expected.Tags, counted.Tags.OrderBy(c => c.Key));
        Assert.Equal(expected.Films, counted.Films.OrderBy(c => c.Key));
    }

    /// <summary>The facets of <c>piano -tocou</c> on an index of 3,000 such facts, and the counts read one by one.</summary>
    private static (FactFacetCounts Counted, DocValuesCount Expected) CountOnAnIndexOf(Func<int, IndexedFact> fact)
    {
        var path = Path.Combine(Path.GetTempPath(), $"trivia-facets-{Guid.NewGuid():N}");
        try
        {
            using var store = new SearchIndexStore(path);
            using (var writer = new IndexWriter(store.Directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance) { Similarity = SearchIndexStore.Similarity }))
            {
                for (var id = 1; id <= 3_000; id++)
                {
                    writer.AddDocument(fact(id).ToDocument());
                }
            }

            store.Refresh();
            var page = new TriviaSearch(store).Facts(new FactSearch(SearchQuery.Parse("piano -tocou"), FactFilter.None, FactOrder.ByRelevance, 0, 10, Facets: true));
            var expected = store.Search(s =>
            {
                var counting = new DocValuesCount();
                s.Search(LuceneQueries.Facts(SearchQuery.Parse("piano -tocou")), counting);
                return counting;
            });
            return (page.Facets!, expected);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>Counts each match's film, topics and people as Lucene's doc values give them, one document at a time.</summary>
    private sealed class DocValuesCount : ICollector
    {
        private SortedDocValues? _film;
        private SortedSetDocValues? _tags;
        private SortedSetDocValues? _people;

        public int Matches { get; private set; }

        public SortedDictionary<int, int> Films { get; } = [];

        public SortedDictionary<int, int> Tags { get; } = [];

        public SortedDictionary<int, int> People { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            _film = context.AtomicReader.GetSortedDocValues(FactFields.Film);
            _tags = context.AtomicReader.GetSortedSetDocValues(FactFields.Tags);
            _people = context.AtomicReader.GetSortedSetDocValues(FactFields.People);
        }

        public void Collect(int doc)
        {
            Matches++;
            Add(Films, SortedNumbers.Get(_film!, doc));
            AddAll(Tags, _tags, doc);
            AddAll(People, _people, doc);
        }

        private static void AddAll(SortedDictionary<int, int> counts, SortedSetDocValues? values, int doc)
        {
            if (values is null)
            {
                return;
            }

            values.SetDocument(doc);
            var term = new Lucene.Net.Util.BytesRef();
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                values.LookupOrd(ord, term);
                Add(counts, int.Parse(term.Utf8ToString(), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        private static void Add(SortedDictionary<int, int> counts, int id) => counts[id] = counts.GetValueOrDefault(id) + 1;
    }
}
