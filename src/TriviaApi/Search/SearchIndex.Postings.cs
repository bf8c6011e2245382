using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Search;

/// <summary>The postings of common words (<see cref="TermPostings"/>), rebuilt from FTS5's own counts.</summary>
public static partial class SearchIndex
{
    /// <summary>
    /// Rewrites the <see cref="TermPostings"/> of every word in at least <paramref name="minFacts"/> facts from FTS5's
    /// own counts (its term and instance lists and its stored lengths), so they agree with <c>bm25()</c>.
    /// </summary>
    internal static async Task RebuildPostingsAsync(TriviaDbContext db, CancellationToken cancellationToken, int minFacts = TermPostings.MinFacts)
    {
        await ExecuteAsync(db, "DELETE FROM FactSearchPostings", cancellationToken);
        var terms = new List<(string Term, int Facts)>();
        await using (var common = PreparedCommands.Prepare(db, "SELECT term, doc FROM FactSearchTerms WHERE doc >= $min", "$min"))
        {
            common.Parameters[0].Value = minFacts;
            await using var reader = await common.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                terms.Add((reader.GetString(0), reader.GetInt32(1)));
            }
        }

        if (terms.Count == 0)
        {
            return;
        }

        var lengths = await LengthsAsync(db, cancellationToken);
        // Instances come by fact, then column, then position: counted here as they stream, eight times faster than
        // SQLite grouping them (a temporary B-tree per word). One value a row, the fact id doubled plus one for a names
        // instance: at tens of millions of rows, reading values costs more than finding them.
        await using var insert = PreparedCommands.Prepare(db, "INSERT INTO FactSearchPostings(term, facts, postings) VALUES ($term, $facts, $postings)", "$term", "$facts", "$postings");
        foreach (var (term, facts) in terms)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var postings = new List<Posting>(facts);
            var (id, inText, inNames) = (0, 0, 0);
            PreparedCommands.ForEachInteger(db, "SELECT doc * 2 + (col = 'names') FROM FactSearchInstances WHERE term = $term", "$term", term, instance =>
            {
                var doc = (int)(instance >> 1);
                if (doc != id && id != 0)
                {
                    postings.Add(new Posting(id, inText, inNames, lengths[id]));
                    (inText, inNames) = (0, 0);
                }

                id = doc;
                (inText, inNames) = (instance & 1) == 1 ? (inText, inNames + 1) : (inText + 1, inNames);
            });
            if (id != 0)
            {
                postings.Add(new Posting(id, inText, inNames, lengths[id]));
            }

            // Encoding checks the facts came in increasing id, as the instances are listed.
            PreparedCommands.Execute(insert, term, facts, TermPostings.Encode(postings));
        }
    }

    /// <summary>Every fact's length in tokens, all columns, indexed by fact id: FTS5's stored sizes.</summary>
    private static async Task<int[]> LengthsAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        var lastId = await db.Database.SqlQuery<int>($"SELECT COALESCE(MAX(id), 0) AS Value FROM FactSearch_docsize").SingleAsync(cancellationToken);
        var lengths = new int[lastId + 1];
        await using var sizes = PreparedCommands.Prepare(db, "SELECT id, sz FROM FactSearch_docsize");
        await using var reader = await sizes.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lengths[reader.GetInt32(0)] = (int)Varints((byte[])reader[1]).Sum();
        }

        return lengths;
    }
}
