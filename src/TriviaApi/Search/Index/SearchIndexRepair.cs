using TriviaApi.Data;

namespace TriviaApi.Search.Index;

/// <summary>
/// The start-up step that looks, before the server listens, whether the search index reflects the database. An index
/// that does not (missing, stale, corrupt, written by an interrupted import) is rebuilt by <see cref="SearchIndexKeeper"/>
/// once the server listens: meanwhile reads that need no search are served, searches answer 503 and the readiness
/// check says why, where a rebuild before listening left every request and health probe unanswered.
/// </summary>
public sealed class SearchIndexRepair(SearchIndexWriter writer, TriviaDbContext db) : IStartupStep
{
    public Task RunAsync(CancellationToken cancellationToken) => writer.CheckAsync(db, cancellationToken);
}
