using TriviaApi.Data;
using TriviaApi.Search.Index;

namespace TriviaApi.Benchmarks;

/// <summary>
/// The harness's start-up step for the search index: rebuilt at once when it does not reflect the database (one
/// imported by an older build, or without one), since nothing here waits for the server's keeper to do it.
/// </summary>
public sealed class IndexBeforeMeasuring(SearchIndexWriter writer, TriviaDbContext db) : IStartupStep
{
    public Task RunAsync(CancellationToken cancellationToken) => writer.EnsureCurrentAsync(db, cancellationToken);
}
