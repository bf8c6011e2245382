using System.Buffers;
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
    /// How many facts match a search of words (<see cref="SearchQuery.IsOfWords"/>: required, alternatives or
    /// excluded), and the best <paramref name="depth"/> of them, ranked from the words' <see cref="TermPostings"/>
    /// instead of by FTS5: the same facts, ranks and order as <see cref="Facts"/> ordered by rank and id. Null when
    /// postings cannot answer (a phrase or prefix; a word in few facts): count with <see cref="Count"/> and rank with
    /// <see cref="Facts"/> then. A filtered search gives the ids of the facts its filters keep as
    /// <paramref name="within"/>, read only when postings can answer.
    /// </summary>
    public static async Task<RankedFacts?> BestFactsAsync(TriviaDbContext db, SearchQuery query, int depth, CancellationToken cancellationToken, IQueryable<int>? within = null)
    {
        if (!query.IsOfWords)
        {
            return null;
        }

        // Blobs of up to megabytes, read into pooled buffers: a new array each would land on the large object heap.
        var postings = new Dictionary<string, WordPostings>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var read = PreparedCommands.Prepare(db, "SELECT rowid, facts, length(postings), postings FROM FactSearchPostings WHERE term = $term", "$term");
            foreach (var word in query.Terms.Select(t => t.Words[0]).Distinct(StringComparer.Ordinal))
            {
                read.Parameters[0].Value = word;
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return null;
                }

                // With the row id in the query, the blob is copied straight from SQLite (incremental blob I/O).
                var buffer = ArrayPool<byte>.Shared.Rent(reader.GetInt32(2));
                postings[word] = new WordPostings(word, reader.GetInt32(1), new ArraySegment<byte>(buffer, 0, (int)reader.GetBytes(3, 0, buffer, 0, reader.GetInt32(2))));
            }

            // The averages record FTS5 keeps (row id 1 of its data table): varints of the row count, then tokens per column.
            var totals = SearchIndex.Varints(await db.Database.SqlQuery<byte[]>($"SELECT block AS Value FROM FactSearch_data WHERE id = 1").SingleAsync(cancellationToken));
            var kept = within is null ? null : await within.OrderBy(id => id).ToListAsync(cancellationToken);
            return PostingsRanking.Rank(
                query.Required.Select(g => g.Select(t => postings[t.Words[0]]).ToList()).ToList(),
                query.Excluded.Select(t => postings[t.Words[0]]).ToList(),
                new IndexTotals(totals[0], (double)totals.Skip(1).Sum() / (double)totals[0]),
                depth,
                kept);
        }
        finally
        {
            foreach (var word in postings.Values)
            {
                ArrayPool<byte>.Shared.Return(word.Postings.Array!);
            }

            await db.Database.CloseConnectionAsync();
        }
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
