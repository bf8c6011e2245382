using System.Diagnostics;
using System.Globalization;
using TriviaApi.Data;

namespace TriviaApi.Search.Index;

/// <summary>
/// Keeps a running server's index in step with its database: once the server listens, and then every
/// <c>Search:CheckSeconds</c> (5 by default), rebuilds the index when it does not reflect the database's generation.
/// That is the index <see cref="SearchIndexRepair"/> found behind at start-up, and one an import elsewhere left behind
/// while the server ran (its index step failed, or it was killed between its two commits). An import that is merely
/// between its two commits is waited for, not rebuilt over (<see cref="SearchIndexWriter.EnsureCurrentAsync"/>).
/// </summary>
public sealed partial class SearchIndexKeeper(
    DatabaseFile database, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SearchIndexKeeper> logger) : BackgroundService
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    // A day: PeriodicTimer takes periods up to about 49 days; longer is no check at all in practice.
    private const double MaxIntervalSeconds = 86_400;

    private string? _lastFault;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The host starts the server after this returns its first incomplete task: the first check runs off its thread.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval());
        do
        {
            await KeepAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// <c>Search:CheckSeconds</c>, or <see cref="DefaultInterval"/> when it is not a positive number of seconds: said in
    /// the log, rather than a keeper that stops the server, or never checks, over a setting.
    /// </summary>
    private TimeSpan Interval()
    {
        var configured = configuration["Search:CheckSeconds"];
        if (configured is null)
        {
            return DefaultInterval;
        }

        if (double.TryParse(configured, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= MaxIntervalSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        LogBadInterval(logger, configured, DefaultInterval.TotalSeconds);
        return DefaultInterval;
    }

    private async Task KeepAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            // A file deleted or overwritten under the server is a fault the readiness check reports; opening it here
            // would make a new, empty database, and an empty index from it.
            await database.CheckAsync(mustExist: true, cancellationToken: stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TriviaDbContext>();
            if (await scope.ServiceProvider.GetRequiredService<SearchIndexWriter>().EnsureCurrentAsync(db, stoppingToken))
            {
                LogRebuilt(logger, clock.Elapsed.TotalSeconds);
            }

            _lastFault = null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Searches keep answering 503 and the readiness check unhealthy; the next check tries again. Said once, not
            // at every check, until it changes.
            if (e.Message != _lastFault)
            {
                LogFailed(logger, e, e.Message);
                _lastFault = e.Message;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search:CheckSeconds is \"{Configured}\", not a number of seconds between 0 and a day (86400); the index is checked every {Seconds} s.")]
    private static partial void LogBadInterval(ILogger logger, string configured, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The search index was rebuilt from the database in {Seconds:0.0} s; searches are served.")]
    private static partial void LogRebuilt(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index could not be brought in step with the database ({Reason}); searches answer 503 until it is. Trying again.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string reason);
}
