using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TriviaApi.Search;

/// <summary>
/// How long searches take, by what was asked of the front door (facts, matching, names, suggest): a histogram in
/// seconds on the meter <see cref="MeterName"/>, which <c>/metrics</c> exports.
/// </summary>
public static class SearchMetrics
{
    public const string MeterName = "TriviaApi.Search";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram(
        "trivia.search.duration", unit: "s", description: "Time a search takes on the index, from acquiring a searcher to its answer.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });

    /// <summary>Records one search that started at <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public static void Searched(string operation, long started) =>
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("trivia.search.operation", operation));
}
