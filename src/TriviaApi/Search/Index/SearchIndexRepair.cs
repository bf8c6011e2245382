using TriviaApi.Data;

namespace TriviaApi.Search.Index;

/// <summary>
/// The start-up step that rebuilds the search index from the database when it does not reflect it (missing, stale,
/// or written by an interrupted import), before the API serves.
/// </summary>
public sealed class SearchIndexRepair(SearchIndexWriter writer, TriviaDbContext db) : IStartupStep
{
    public Task RunAsync(CancellationToken cancellationToken) => writer.EnsureCurrentAsync(db, cancellationToken);
}
