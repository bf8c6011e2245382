using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Search.Index;

/// <summary>
/// The start-up step that looks, before the server listens, whether the search index reflects the database. An index
/// that does not (missing, stale, corrupt, written by an interrupted import) is rebuilt by <see cref="SearchIndexKeeper"/>
/// once the server listens: meanwhile reads that need no search are served, searches answer 503 and the readiness
/// check says why, where a rebuild before listening left every request and health probe unanswered. The index of a
/// database without facts is made at once: there is nothing to read.
/// </summary>
public sealed class SearchIndexRepair(SearchIndexWriter writer, TriviaDbContext db) : IStartupStep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!await writer.CheckAsync(db, cancellationToken) && !await db.Facts.AnyAsync(cancellationToken))
        {
            await writer.EnsureCurrentAsync(db, cancellationToken);
        }
    }
}
