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
    /// The best <paramref name="depth"/> facts for a search of plain words (<see cref="SearchQuery.PlainWords"/>), ranked
    /// from the facts <see cref="TermImpacts"/> kept for each word (see <see cref="ThresholdRanking"/>) instead of
    /// scoring every match: the same facts, ranks and order as <see cref="Facts"/> ordered by rank and id. Null when
    /// the kept lists cannot answer (a phrase, prefix, OR or exclusion; a word matching few facts; a page deeper than
    /// <see cref="TermImpacts.Depth"/>; words whose best facts seldom hold the others): rank with <see cref="Facts"/> then.
    /// </summary>
    public static async Task<List<SearchHit>?> BestFactsAsync(TriviaDbContext db, SearchQuery query, int depth, CancellationToken cancellationToken)
    {
        if (depth > TermImpacts.Depth || query.PlainWords is not { } words)
        {
            return null;
        }

        var json = JsonSerializer.Serialize(words);
        var facts = await db.Database.SqlQuery<TermFacts>($"SELECT term AS Term, docs AS Facts FROM FactSearchTermDocs WHERE term IN (SELECT value FROM json_each({json}))")
            .ToDictionaryAsync(t => t.Term, t => t.Facts, StringComparer.Ordinal, cancellationToken);
        if (facts.Count < words.Count)
        {
            return null;
        }

        var kept = (await db.Database.SqlQuery<KeptFact>($"SELECT term AS Term, fact_id AS FactId, freq AS Frequency, length AS Length FROM FactSearchImpact WHERE term IN (SELECT value FROM json_each({json}))")
            .ToListAsync(cancellationToken)).ToLookup(k => k.Term, k => new TermImpact(k.FactId, k.Frequency, k.Length), StringComparer.Ordinal);

        // The averages record FTS5 keeps (row id 1 of its data table): varints of the row count, then tokens per column.
        var totals = SearchIndex.Varints(await db.Database.SqlQuery<byte[]>($"SELECT block AS Value FROM FactSearch_data WHERE id = 1").SingleAsync(cancellationToken));
        var averageLength = (double)totals.Skip(1).Sum() / (double)totals[0];
        var keptWords = words.Select(w => new KeptWord(w, Bm25.Idf(totals[0], facts[w]), kept[w].ToList(), facts[w])).ToList();
        return await ThresholdRanking.BestAsync(keptWords, averageLength, depth, ids => ReadRowsAsync(db, ids, cancellationToken));
    }

    private static async Task<IReadOnlyDictionary<int, IndexedRow>> ReadRowsAsync(TriviaDbContext db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(ids);
        return await db.Database.SqlQuery<IndexedRow>($"SELECT id AS Id, c0 AS Text, c1 AS Names FROM FactSearch_content WHERE id IN (SELECT value FROM json_each({json}))")
            .ToDictionaryAsync(r => r.Id, cancellationToken);
    }

    /// <summary>Films, people and tags whose names match, best first, at most <paramref name="limit"/>.</summary>
    public static IQueryable<NameHit> AnyNames(TriviaDbContext db, SearchQuery query, int limit) =>
        db.Database.SqlQuery<NameHit>(
            $"SELECT entity_id AS Id, kind AS Kind, bm25(NameSearch) AS Rank FROM NameSearch WHERE NameSearch MATCH {query.ToFts5()} ORDER BY Rank, entity_id LIMIT {limit}");

    /// <summary>Films, people or tags whose names match; <paramref name="kind"/> is film, person or tag.</summary>
    public static IQueryable<SearchHit> Names(TriviaDbContext db, SearchQuery query, string kind) =>
        db.Database.SqlQuery<SearchHit>(
            $"SELECT entity_id AS Id, bm25(NameSearch) AS Rank FROM NameSearch WHERE NameSearch MATCH {query.ToFts5()} AND kind = {kind}");

    private sealed record TermFacts(string Term, int Facts);

    private sealed record KeptFact(string Term, int FactId, double Frequency, int Length);
}
