using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TriviaApi.Search.Querying;

/// <summary>
/// The filters that compare a fact's numbers, its subject film's year and, past a keyset cursor, its place in the
/// order. Each is checked from the segment's
/// <see cref="FactColumns"/> for the documents the rest of the search matches (Lucene's query-first strategy): as
/// terms, a range of years or ids is the union of many postings lists, read in full on every request.
/// </summary>
internal sealed class FactRangeFilter(int? yearFrom, int? yearTo, FactOrder order) : Filter
{
    /// <summary>The search's words or filters, kept to the facts that also pass these checks.</summary>
    public Query Apply(Query query) => new FilteredQuery(query, this, FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var columns = FactColumns.Of(context.AtomicReader);
        // A segment of names alone holds no fact to pass.
        return columns.Films is null ? null : new Matches(this, columns.Years, columns.Ids, context.AtomicReader.MaxDoc, acceptDocs);
    }

    /// <summary>Whether a fact with this subject film's year and id passes.</summary>
    public bool Accepts(int year, int id) =>
        (yearFrom is null || year >= yearFrom) && (yearTo is null || year <= yearTo) && After(year, id);

    /// <summary>Whether a fact comes after the cursor in the order (ties by id ascending); true without a cursor.</summary>
    private bool After(int year, int id) => order.After switch
    {
        null => true,
        var (_, afterId) when order.Field != FactSortField.Year => order.Descending ? id < afterId : id > afterId,
        var (afterYear, afterId) => year == afterYear ? id > afterId : order.Descending ? year < afterYear : year > afterYear,
    };

    private sealed class Matches(FactRangeFilter filter, int[] years, int[] ids, int maxDoc, IBits? acceptDocs)
        : FieldCacheDocIdSet(maxDoc, acceptDocs)
    {
        protected override bool MatchDoc(int doc) => filter.Accepts(years[doc], ids[doc]);
    }
}
