using Microsoft.Extensions.Diagnostics.HealthChecks;
using TriviaApi.Data;

namespace TriviaApi.Search.Index;

/// <summary>
/// Unhealthy until the search index has a commit to search, while it is rebuilt because it was found behind the
/// database (searches answer 503 until then), and while its commit reflects another generation of the database than
/// the file holds (an import's index step failed or is under way).
/// </summary>
public sealed class SearchIndexHealth(SearchIndexStore store, SearchIndexWriter writer, DatabaseFile database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!store.Exists || store.IsBehind)
        {
            return HealthCheckResult.Unhealthy(SearchIndexNotReadyException.Reason(store.Path, rebuilding: store.IsBehind));
        }

        try
        {
            var generation = await database.CheckAsync(mustExist: true, cancellationToken: cancellationToken);
            return writer.IndexedGeneration() is var indexed && indexed == generation
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"The search index at {store.Path} reflects generation {indexed} of the database, which is at {generation}.");
        }
        catch (DatabaseFaultException)
        {
            // The database's own check says what is wrong with it.
            return HealthCheckResult.Healthy();
        }
    }
}
