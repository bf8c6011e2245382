using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TriviaApi.Importing;

/// <summary>
/// Imports on the meter <see cref="MeterName"/>, which <c>/metrics</c> exports: how many ran and how (succeeded or
/// failed), how long they took, and the facts they added, updated and removed. A server counts the imports it runs
/// itself (the seeding at start-up); an import from the command line is another process, with meters of its own.
/// </summary>
public static class ImportMetrics
{
    public const string MeterName = "TriviaApi.Import";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram(
        "trivia.import.duration", unit: "s", description: "Time an import takes, reading the files to committing the database and the index.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 5, 10, 30, 60, 120, 300, 600] });

    private static readonly Counter<long> Facts = Meter.CreateCounter<long>(
        "trivia.import.facts", unit: "{fact}", description: "Facts imports have changed, by change (added, updated, removed).");

    /// <summary>Records an import that started at <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp); no report means it failed.</summary>
    public static void Imported(long started, ImportReport? report)
    {
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("trivia.import.outcome", report is null ? "failed" : "succeeded"));
        if (report is null)
        {
            return;
        }

        Facts.Add(report.Facts.Added, new KeyValuePair<string, object?>("trivia.import.change", "added"));
        Facts.Add(report.Facts.Updated, new KeyValuePair<string, object?>("trivia.import.change", "updated"));
        Facts.Add(report.Facts.Removed, new KeyValuePair<string, object?>("trivia.import.change", "removed"));
    }
}
