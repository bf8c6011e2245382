using System.Text.Json;
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
    /// How many facts match a search of plain words (<see cref="SearchQuery.PlainWords"/>), and the best
    /// <paramref name="depth"/> of them, ranked from the words' <see cref="TermPostings"/> instead of by FTS5: the same
    /// facts, ranks and order as <see cref="Facts"/> ordered by rank and id. Null when postings cannot answer (a
    /// phrase, prefix, OR or exclusion; a word in few facts): count with <see cref="Count"/> and rank with
    /// <see cref="Facts"/> then.
    /// </summary>
    public static async Task<RankedFacts?> BestFactsAsync(TriviaDbContext db, SearchQuery query, int depth, CancellationToken cancellationToken)
    {
        if (query.PlainWords is not { } words)
        {
            return null;
        }

        var json = JsonSerializer.Serialize(words);
        var postings = await db.Database.SqlQuery<WordPostings>($"SELECT term AS Word, facts AS Facts, postings AS Postings FROM FactSearchPostings WHERE term IN (SELECT value FROM json_each({json}))")
            .ToDictionaryAsync(p => p.Word, StringComparer.Ordinal, cancellationToken);
        if (postings.Count < words.Count)
        {
            return null;
        }

        // The averages record FTS5 keeps (row id 1 of its data table): varints of the row count, then tokens per column.
        var totals = SearchIndex.Varints(await db.Database.SqlQuery<byte[]>($"SELECT block AS Value FROM FactSearch_data WHERE id = 1").SingleAsync(cancellationToken));
        return PostingsRanking.Rank(words.Select(w => postings[w]).ToList(), totals[0], (double)totals.Skip(1).Sum() / (double)totals[0], depth);
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
