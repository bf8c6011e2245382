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

    /// <summary>Films, people and tags whose names match, best first, at most <paramref name="limit"/>.</summary>
    public static IQueryable<NameHit> AnyNames(TriviaDbContext db, SearchQuery query, int limit) =>
        db.Database.SqlQuery<NameHit>(
            $"SELECT entity_id AS Id, kind AS Kind, bm25(NameSearch) AS Rank FROM NameSearch WHERE NameSearch MATCH {query.ToFts5()} ORDER BY Rank, entity_id LIMIT {limit}");

    /// <summary>Films, people or tags whose names match; <paramref name="kind"/> is film, person or tag.</summary>
    public static IQueryable<SearchHit> Names(TriviaDbContext db, SearchQuery query, string kind) =>
        db.Database.SqlQuery<SearchHit>(
            $"SELECT entity_id AS Id, bm25(NameSearch) AS Rank FROM NameSearch WHERE NameSearch MATCH {query.ToFts5()} AND kind = {kind}");
}
