using System.Net;
using System.Net.Http.Json;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Faults;

/// <summary>
/// Anonymous session creation is rate-limited per client, the store holds at most its cap of sessions, and a session at
/// most its cap of facts seen.
/// </summary>
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

    [Fact]
    public async Task A_session_remembers_its_last_max_seen_facts_never_drawn_again_while_older_ones_may_come_back()
    {
        using var api = new TriviaApiFactory { Settings = { ["Sessions:MaxSeen"] = "2" } };
        var client = api.CreateClient();
        var token = (await (await client.PostAsync(Sessions, null)).Content.ReadFromJsonAsync<Session>())!.Token;

        // More draws than the film has facts: a session remembering everything would run out.
        var drawn = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            var draw = await client.GetJsonAsync($"/api/v1/trivia/random?count=1&film=la-la-land&session={token}");
            Assert.False(draw.GetProperty("exhausted").GetBoolean(), $"exhausted at draw {i + 1}");
            drawn.Add(draw.GetProperty("items")[0].GetProperty("id").GetInt32());
        }

        Assert.Equal(2, (await client.GetJsonAsync($"/api/v1/trivia/sessions/{token}")).GetProperty("seen").GetInt32());
        Assert.All(Enumerable.Range(2, drawn.Count - 2), i => Assert.DoesNotContain(drawn[i], new[] { drawn[i - 1], drawn[i - 2] }));
    }

    private sealed record Session(string Token);
}
