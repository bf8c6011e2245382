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

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Matches(@"trivia_search_duration_seconds_bucket\{[^}]*trivia_search_operation=""Facts""[^}]*le=""0.005""", metrics);
        Assert.Matches(@"trivia_search_duration_seconds_count\{[^}]*trivia_search_operation=""Facts""[^}]*\} [1-9]", metrics);
    }

    [Fact]
    public async Task The_seeding_import_is_counted_with_its_duration_and_the_facts_it_added_beside_the_requests()
    {
        var client = factory.CreateClient();
        await client.GetJsonAsync("/api/v1/tags");

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Matches(@"trivia_import_duration_seconds_count\{[^}]*trivia_import_outcome=""succeeded""[^}]*\} [1-9]", metrics);
        Assert.Matches(@"trivia_import_facts_total\{[^}]*trivia_import_change=""added""[^}]*\} [1-9]", metrics);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_request_is_counted_and_timed_by_route_and_status_with_no_access_log_needed()
    {
        var client = factory.CreateClient();
        await client.GetJsonAsync("/api/v1/films?q=chuva");

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Matches(@"http_server_request_duration_seconds_count\{(?=[^}]*http_route=""api/v1/films"")(?=[^}]*http_response_status_code=""200"")[^}]*\} [1-9]", metrics);
    }
}
