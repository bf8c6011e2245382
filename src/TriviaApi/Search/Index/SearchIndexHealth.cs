using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TriviaApi.Search.Index;

/// <summary>Unhealthy until the search index has a commit to search: searches answer 503 until then.</summary>
public sealed class SearchIndexHealth(SearchIndexStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Exists
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The search index at {store.Path} is not built yet."));
}
