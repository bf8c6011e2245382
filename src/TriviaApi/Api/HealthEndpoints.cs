using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using TriviaApi.Data;
using TriviaApi.Search.Index;

namespace TriviaApi.Api;

/// <summary>
/// <c>/health/live</c>: the process answers (restart it if not). <c>/health/ready</c>: the database answers and the
/// search index reflects it (send it traffic only then). <c>/health</c> is kept as readiness, as it always meant.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddTriviaHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealth>("database", tags: [Ready])
            .AddCheck<SearchIndexHealth>("search", tags: [Ready]);
        return services;
    }

    public static WebApplication MapTriviaHealthChecks(this WebApplication app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) };
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/health", ready);
        return app;
    }
}
