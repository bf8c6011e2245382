using System.Net;
using System.Text.Json;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Features.RandomTrivia;

[Collection(SeededApi.Name)]
public class TriviaSessionTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Creating_a_session_answers_201_with_its_location_and_an_unguessable_token()
    {
        var response = await _client.PostAsync(new Uri("/api/v1/trivia/sessions", UriKind.Relative), null);
        var session = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var token = session.GetProperty("token").GetString()!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/trivia/sessions/{token}", response.Headers.Location!.AbsolutePath);
        Assert.Equal(22, token.Length);
        Assert.Equal(0, session.GetProperty("seen").GetInt32());
    }

    [Fact]
    public async Task A_session_never_repeats_a_fact_until_the_pool_is_exhausted_and_then_says_so()
    {
        var token = await NewSessionAsync();
        var drawn = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var draw = await _client.GetJsonAsync($"/api/v1/trivia/random?count=4&session={token}");
            drawn.AddRange(draw.Items().EnumerateArray().Select(f => f.GetProperty("id").GetInt32()));
        }

        var empty = await _client.GetJsonAsync($"/api/v1/trivia/random?count=4&session={token}");

        Assert.Equal(24, drawn.Distinct().Count());
        Assert.Equal(0, empty.Items().GetArrayLength());
        Assert.True(empty.GetProperty("exhausted").GetBoolean());
        Assert.Contains($"/api/v1/trivia/sessions/{token}/reset", empty.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_last_facts_of_a_pool_come_with_the_notice_that_it_ran_out()
    {
        var token = await NewSessionAsync();

        var draw = await _client.GetJsonAsync($"/api/v1/trivia/random?count=5&film=la-la-land&mentions=cantando-na-chuva-1952&session={token}");

        Assert.Equal(new[] { 6, 8 }, draw.Lines());
        Assert.True(draw.GetProperty("exhausted").GetBoolean());
    }

    [Fact]
    public async Task A_session_with_a_search_shows_each_match_once_and_then_says_the_search_ran_out()
    {
        var token = await NewSessionAsync();
        var matches = (await _client.GetJsonAsync("/api/v1/trivia?q=piano")).Lines();
        var drawn = new List<int>();
        foreach (var _ in matches)
        {
            drawn.AddRange((await _client.GetJsonAsync($"/api/v1/trivia/random?q=piano&session={token}")).Lines());
        }

        var empty = await _client.GetJsonAsync($"/api/v1/trivia/random?q=piano&session={token}");

        Assert.Equal(matches.Order(), drawn.Order());
        Assert.True(empty.GetProperty("exhausted").GetBoolean());
        Assert.StartsWith("This session has been shown every fact", empty.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resetting_a_session_lets_every_fact_come_again()
    {
        var token = await NewSessionAsync();
        await _client.GetJsonAsync($"/api/v1/trivia/random?count=24&session={token}");

        var reset = await _client.PostAsync(new Uri($"/api/v1/trivia/sessions/{token}/reset", UriKind.Relative), null);
        var again = await _client.GetJsonAsync($"/api/v1/trivia/random?count=24&session={token}");

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(24, again.Items().GetArrayLength());
    }

    [Fact]
    public async Task A_session_counts_what_it_has_been_shown()
    {
        var token = await NewSessionAsync();
        await _client.GetJsonAsync($"/api/v1/trivia/random?count=3&session={token}");

        Assert.Equal(3, (await _client.GetJsonAsync($"/api/v1/trivia/sessions/{token}")).GetProperty("seen").GetInt32());
    }

    [Fact]
    public async Task Sessions_are_separate()
    {
        var (mine, yours) = (await NewSessionAsync(), await NewSessionAsync());
        await _client.GetJsonAsync($"/api/v1/trivia/random?count=24&session={mine}");

        Assert.Equal(24, (await _client.GetJsonAsync($"/api/v1/trivia/random?count=24&session={yours}")).Items().GetArrayLength());
    }

    [Fact]
    public async Task A_deleted_session_is_gone()
    {
        var token = await NewSessionAsync();

        var deleted = await _client.DeleteAsync(new Uri($"/api/v1/trivia/sessions/{token}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await _client.GetJsonAsync($"/api/v1/trivia/sessions/{token}", HttpStatusCode.NotFound);
        await _client.GetJsonAsync($"/api/v1/trivia/random?session={token}", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_token_is_a_404_problem_that_says_how_to_start_one()
    {
        var problem = await _client.GetJsonAsync("/api/v1/trivia/sessions/AAAAAAAAAAAAAAAAAAAAAA", HttpStatusCode.NotFound);

        Assert.Contains("POST /api/v1/trivia/sessions", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_session_lapses_after_six_hours_unused_but_each_use_extends_it()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
        var client = clock.Client(factory);
        var token = await NewSessionAsync(client);

        clock.Now = clock.Now.AddHours(5);
        await client.GetJsonAsync($"/api/v1/trivia/random?session={token}");
        clock.Now = clock.Now.AddHours(5);
        await client.GetJsonAsync($"/api/v1/trivia/sessions/{token}");
        clock.Now = clock.Now.AddHours(7);

        await client.GetJsonAsync($"/api/v1/trivia/sessions/{token}", HttpStatusCode.NotFound);
    }

    private Task<string> NewSessionAsync() => NewSessionAsync(_client);

    private static async Task<string> NewSessionAsync(HttpClient client)
    {
        var response = await client.PostAsync(new Uri("/api/v1/trivia/sessions", UriKind.Relative), null);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
    }
}
