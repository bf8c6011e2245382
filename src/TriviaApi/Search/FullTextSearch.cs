using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Search;

/// <summary>
/// The FTS5 queries, as composable EF queries so filters, ordering and paging run in the same SQL.
/// BM25 weighs a match in a name (a person, film, character or topic the fact links to) four times a match in its text.
/// </summary>
public static class FullTextSearch
{
    public const double TextWeight = 1.0;
    public const double NameWeight = 4.0;

    public static IQueryable<SearchHit> Facts(TriviaDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<SearchHit>(
            $"SELECT rowid AS Id, bm25(FactSearch, {TextWeight}, {NameWeight}) AS Rank FROM FactSearch WHERE FactSearch MATCH {query.ToFts5()}");

    /// <summary>The ids of the facts that match, unranked: for narrowing a pool, where order does not matter.</summary>
    public static IQueryable<int> FactIds(TriviaDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM FactSearch WHERE FactSearch MATCH {query.ToFts5()}");

    /// <summary>How many facts match: the index alone, no ranking.</summary>
    public static IQueryable<int> Count(TriviaDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM FactSearch WHERE FactSearch MATCH {query.ToFts5()}");

    /// <summary>
    /// The best <paramref name="depth"/> facts for a one-word search, ranked from the facts <see cref="TermImpacts"/> kept
    /// for the word instead of scoring all <paramref name="matching"/> matches: the same facts, ranks and order as
    /// <see cref="Facts"/> ordered by rank and id. Null when the kept lists cannot answer (more than one word, a word
    /// matching few facts, a page deeper than <see cref="TermImpacts.Depth"/>): rank with <see cref="Facts"/> then.
    /// </summary>
    public static async Task<List<SearchHit>?> BestFactsAsync(TriviaDbContext db, SearchQuery query, int matching, int depth, CancellationToken cancellationToken)
    {
        if (depth > TermImpacts.Depth || query.SingleWord is not { } word)
        {
            return null;
        }

        var kept = await db.Database.SqlQuery<TermImpact>($"SELECT fact_id AS FactId, freq AS Frequency, length AS Length FROM FactSearchImpact WHERE term = {word}")
            .ToListAsync(cancellationToken);
        if (kept.Count == 0)
        {
            return null;
        }

        // The averages record FTS5 keeps (row id 1 of its data table): varints of the row count, then tokens per column.
        var totals = SearchIndex.Varints(await db.Database.SqlQuery<byte[]>($"SELECT block AS Value FROM FactSearch_data WHERE id = 1").SingleAsync(cancellationToken));
        var idf = Bm25.Idf(totals[0], matching);
        var averageLength = (double)totals.Skip(1).Sum() / (double)totals[0];
        return kept.Select(k => new SearchHit { Id = k.FactId, Rank = Bm25.Rank(idf, k.Frequency, k.Length, averageLength) })
            .OrderBy(h => h.Rank).ThenBy(h => h.Id).Take(depth).ToList();
    }

    /// <summary>Films, people and tags whose names match, best first, at most <paramref name="limit"/>.</summary>
    public static IQueryable<NameHit> AnyNames(TriviaDbContext db, SearchQuery query, int limit) =>
        db.Database.SqlQuery<NameHit>(
            $"SELECT entity_id AS Id, kind AS Kind, bm25(NameSearch) AS Rank FROM NameSearch WHERE NameSearch MATCH {query.ToFts5()} ORDER BY Rank, entity_id LIMIT {limit}");

    /// <summary>Films, people or tags whose names match; <paramref name="kind"/> is film, person or tag.</summary>
    public static IQueryable<SearchHit> Names(TriviaDbContext db, SearchQuery query, string kind) =>
        db.Database.SqlQuery<SearchHit>(
            $"SELECT entity_id AS Id, bm25(NameSearch) AS Rank FROM NameSearch WHERE NameSearch MATCH {query.ToFts5()} AND kind = {kind}");
}
