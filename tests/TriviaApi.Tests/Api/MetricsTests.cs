using System.Text.RegularExpressions;

namespace TriviaApi.Tests.Api;

/// <summary><c>/metrics</c> in Prometheus text: requests, and our own meters for search latency and imports.</summary>
[Collection(SeededApi.Name)]
public class MetricsTests(TriviaApiFactory factory)
{
    [Fact]
    public async Task Search_latency_is_a_histogram_by_what_was_searched()
    {
        var client = factory.CreateClient();
        await client.GetJsonAsync("/api/v1/search?q=piano&type=trivia");

        var metrics = await ScrapeUntilAsync(client, m => m.Contains("trivia_search_duration_seconds_count", StringComparison.Ordinal));

        Assert.Matches(@"trivia_search_duration_seconds_bucket\{[^}]*trivia_search_operation=""Facts""[^}]*le=""0.005""", metrics);
        Assert.Matches(@"trivia_search_duration_seconds_count\{[^}]*trivia_search_operation=""Facts""[^}]*\} [1-9]", metrics);
    }

    [Fact]
    public async Task The_seeding_import_is_counted_with_its_duration_and_the_facts_it_added_beside_the_requests()
    {
        var client = factory.CreateClient();
        await client.GetJsonAsync("/api/v1/tags");

        var metrics = await ScrapeUntilAsync(client, m => m.Contains("http_server_request_duration_seconds", StringComparison.Ordinal));

        Assert.Matches(@"trivia_import_duration_seconds_count\{[^}]*trivia_import_outcome=""succeeded""[^}]*\} [1-9]", metrics);
        Assert.Matches(@"trivia_import_facts_total\{[^}]*trivia_import_change=""added""[^}]*\} [1-9]", metrics);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_request_is_counted_and_timed_by_route_and_status_with_no_access_log_needed()
    {
        var client = factory.CreateClient();
        await client.GetJsonAsync("/api/v1/films?q=chuva");

        const string FilmsCounted = @"http_server_request_duration_seconds_count\{(?=[^}]*http_route=""api/v1/films"")(?=[^}]*http_response_status_code=""200"")[^}]*\} [1-9]";
        var metrics = await ScrapeUntilAsync(client, m => Regex.IsMatch(m, FilmsCounted));

        Assert.Matches(FilmsCounted, metrics);
    }

    /// <summary>
    /// The server records a request's duration when the request ends, which the test client's read of the body can
    /// outrun, and the exporter answers scrapes from a copy kept for a moment: so a scrape is repeated, for a few
    /// seconds at most, until it shows what the test asked for; the caller's assertions then say what was missing.
    /// </summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient client, Func<string, bool> shows)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (true)
        {
            var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
            if (shows(metrics) || DateTime.UtcNow > deadline)
            {
                return metrics;
            }

            await Task.Delay(100);
        }
    }
}
