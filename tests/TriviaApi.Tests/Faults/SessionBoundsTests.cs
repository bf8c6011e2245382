using System.Net;
using System.Net.Http.Json;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Faults;

/// <summary>Anonymous session creation is rate-limited per client, and the store holds at most its cap of sessions.</summary>
public sealed class SessionBoundsTests
{
    private static readonly Uri Sessions = new("/api/v1/trivia/sessions", UriKind.Relative);

    [Fact]
    public async Task Creating_sessions_past_the_per_client_limit_is_a_429_problem_with_retry_after()
    {
        using var api = new TriviaApiFactory { Settings = { ["Sessions:CreationsPerMinute"] = "2" } };
        var client = api.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await client.PostAsync(Sessions, null);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {last.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Past_the_cap_the_least_recently_used_session_is_evicted()
    {
        using var api = new TriviaApiFactory { Settings = { ["Sessions:Max"] = "2" } };
        var client = api.CreateClient();

        var tokens = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await client.PostAsync(Sessions, null);
            tokens.Add((await created.Content.ReadFromJsonAsync<Session>())!.Token);
        }

        var statuses = new List<HttpStatusCode>();
        foreach (var token in tokens)
        {
            statuses.Add((await client.GetAsync(new Uri($"/api/v1/trivia/sessions/{token}", UriKind.Relative))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
    }

    private sealed record Session(string Token);
}
