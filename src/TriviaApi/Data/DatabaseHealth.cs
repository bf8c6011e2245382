using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TriviaApi.Data;

/// <summary>
/// Ready only while the database file is there and answers: checked on a connection of its own each time, since the
/// pooled ones keep reading a file that has been deleted or replaced under the server.
/// </summary>
public sealed class DatabaseHealth(DatabaseFile database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.CheckAsync(mustExist: true, cancellationToken: cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (DatabaseFaultException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
