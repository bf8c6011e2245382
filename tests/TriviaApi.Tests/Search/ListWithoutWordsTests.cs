using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TriviaApi.Search.Index;
using TriviaApi.Search.Querying;

using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Search;

/// <summary>
/// A list without words is read from the filters' sets and each order's walk (<see cref="FactsInOrder"/>), not by
/// Lucene's collectors: it must count and order exactly as Lucene's own sort of every match does, whether its
/// filters keep many facts (walked) or few (kept in a heap), with years, descending, and past a keyset cursor.
/// </summary>
public sealed class ListWithoutWordsTests(CommonWordSearchTests.LargeIndex index) : IClassFixture<CommonWordSearchTests.LargeIndex>
{
    private readonly SearchIndexStore _store = index.Store;

    public static TheoryData<FactSortField, bool, int?, int?> Orders() => new()
    {
        { FactSortField.Id, false, null, null },
        { FactSortField.Id, true, null, null },
        { FactSortField.Year, false, null, null },
        { FactSortField.Year, true, null, null },
        { FactSortField.Id, false, 1990, null },
        { FactSortField.Year, true, 1960, 1975 },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Every_fact_and_a_topic_are_counted_and_ordered_as_lucene_sorts_them(FactSortField field, bool descending, int? yearFrom, int? yearTo)
    {
        foreach (var filter in new[] { new FactFilter(YearFrom: yearFrom, YearTo: yearTo), new FactFilter(TagIds: [3], YearFrom: yearFrom, YearTo: yearTo) })
        {
            AssertSameAsLucene(filter, new FactOrder(field, descending));
        }
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void A_film_and_a_person_with_few_facts_are_too(FactSortField field, bool descending, int? yearFrom, int? yearTo)
    {
        AssertSameAsLucene(new FactFilter(FilmId: 7, YearFrom: yearFrom, YearTo: yearTo), new FactOrder(field, descending));
        AssertSameAsLucene(new FactFilter(PersonId: 4, TagIds: [2], Mentions: (null, 4), YearFrom: yearFrom, YearTo: yearTo), new FactOrder(field, descending));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Pages_past_a_cursor_continue_where_the_last_one_ended(FactSortField field, bool descending, int? yearFrom, int? yearTo)
    {
        foreach (var filter in new[] { new FactFilter(YearFrom: yearFrom, YearTo: yearTo), new FactFilter(FilmId: 7, YearFrom: yearFrom, YearTo: yearTo) })
        {
            var expected = Lucene(filter, new FactOrder(field, descending));
            var search = new TriviaSearch(_store);
            foreach (var at in new[] { 0, 3, expected.Count / 2, expected.Count - 2 })
            {
                var after = expected[at];
                var page = search.Facts(new FactSearch(null, filter, new FactOrder(field, descending, (after.Year, after.Id)), 0, 30));

                Assert.Equal(expected.Count, page.Total);
                Assert.Equal(expected.Skip(at + 1).Take(30), page.Hits.Select(h => (h.Id, h.Year)));
            }
        }
    }

    [Fact]
    public void Random_draws_pick_from_the_same_facts()
    {
        var filter = new FactFilter(TagIds: [1], YearFrom: 1980);
        var matching = new TriviaSearch(_store).Matching(null, filter);
        var expected = Lucene(filter, new FactOrder(FactSortField.Id));

        Assert.Equal(expected.Count, matching.Count);
        Assert.Equal(expected.Select(e => e.Id), Enumerable.Range(0, matching.Count).Select(matching.IdAt));
    }

    private void AssertSameAsLucene(FactFilter filter, FactOrder order)
    {
        var expected = Lucene(filter, order);
        var search = new TriviaSearch(_store);
        foreach (var (skip, take) in new[] { (0, 21), (140, 21), (expected.Count - 5, 21) })
        {
            var page = search.Facts(new FactSearch(null, filter, order, skip, take));

            Assert.Equal(expected.Count, page.Total);
            Assert.Equal(expected.Skip(skip).Take(take), page.Hits.Select(h => (h.Id, h.Year)));
        }
    }

    /// <summary>Every fact the filter keeps, as Lucene's own queries and sort find them: (id, year) in order.</summary>
    private List<(int Id, int Year)> Lucene(FactFilter filter, FactOrder order) => _store.Search(s =>
    {
        var all = new BooleanQuery { { LuceneQueries.Ids(null, null, true, true), Occur.MUST } };
        if (filter.YearFrom is not null || filter.YearTo is not null)
        {
            all.Add(new ConstantScoreQuery(FieldCacheRangeFilter.NewStringRange(FactFields.Year, filter.YearFrom?.ToString(CultureInfo.InvariantCulture), filter.YearTo?.ToString(CultureInfo.InvariantCulture), true, true)), Occur.MUST);
        }

        void Term(Func<int, Term> key, int? id)
        {
            if (id is { } value)
            {
                all.Add(new TermQuery(key(value)), Occur.MUST);
            }
        }

        Term(FactKeys.Film, filter.FilmId);
        Term(FactKeys.Person, filter.PersonId);
        Term(FactKeys.Person, filter.Mentions?.PersonId);
        foreach (var tag in filter.TagIds ?? [])
        {
            Term(FactKeys.Tag, tag);
        }

        var byId = new SortField(FactFields.Id, ColumnSort.Id, order is { Field: FactSortField.Id, Descending: true });
        var sort = order.Field == FactSortField.Year ? new Sort(new SortField(FactFields.Year, SortFieldType.STRING, order.Descending), byId) : new Sort(byId);
        var top = s.Search(all, null, s.IndexReader.MaxDoc, sort);
        var ids = new IndexedIds(s.IndexReader);
        var years = MultiDocValues.GetSortedValues(s.IndexReader, FactFields.Year);
        return top.ScoreDocs.Select(d => ((int)ids.Get(d.Doc), SortedNumbers.Get(years, d.Doc))).ToList();
    });
}
