using System.Net;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Features.RandomTrivia;

[Collection(SeededApi.Name)]
public class RandomTriviaTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_draw_returns_the_count_asked_of_distinct_facts()
    {
        var draw = await _client.GetJsonAsync("/api/v1/trivia/random?count=7");

        Assert.Equal(7, draw.Items().EnumerateArray().Select(f => f.GetProperty("id").GetInt32()).Distinct().Count());
        Assert.False(draw.GetProperty("exhausted").GetBoolean());
    }

    [Fact]
    public async Task Many_draws_cover_every_fact_of_the_seed()
    {
        // 120 draws of 5 of 24 facts: a fact is missed with probability (19/24)^120, below 10^-12.
        var seen = new HashSet<int>();
        for (var i = 0; i < 120; i++)
        {
            seen.UnionWith((await _client.GetJsonAsync("/api/v1/trivia/random?count=5")).Items().EnumerateArray().Select(f => f.GetProperty("id").GetInt32()));
        }

        Assert.Equal(24, seen.Count);
    }

    [Fact]
    public async Task Draws_are_independent_not_one_fixed_order()
    {
        var orders = new HashSet<string>();
        for (var i = 0; i < 5; i++)
        {
            orders.Add(string.Join(',', (await _client.GetJsonAsync("/api/v1/trivia/random?count=24")).Items().EnumerateArray().Select(f => f.GetProperty("id").GetInt32())));
        }

        Assert.True(orders.Count > 1, "five draws of all 24 facts came back in the same order");
    }

    [Fact]
    public async Task Filters_narrow_the_draw_as_they_narrow_the_list()
    {
        var draw = await _client.GetJsonAsync("/api/v1/trivia/random?count=50&person=ryan-gosling&tag=music");
        var list = await _client.GetJsonAsync("/api/v1/trivia?person=ryan-gosling&tag=music");

        Assert.Equal(list.Lines(), draw.Lines());
        Assert.True(draw.GetProperty("exhausted").GetBoolean());
    }

    [Fact]
    public async Task A_search_narrows_the_draw()
    {
        var draw = await _client.GetJsonAsync("/api/v1/trivia/random?count=50&q=piano");

        Assert.Equal((await _client.GetJsonAsync("/api/v1/trivia?q=piano")).Lines(), draw.Lines());
    }

    [Fact]
    public async Task A_filter_matching_nothing_gives_an_empty_draw_that_says_so()
    {
        var draw = await _client.GetJsonAsync("/api/v1/trivia/random?q=xilofone");

        Assert.Equal(0, draw.Items().GetArrayLength());
        Assert.True(draw.GetProperty("exhausted").GetBoolean());
        Assert.Equal("No fact matches these filters.", draw.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_draw_is_never_cached()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/trivia/random", UriKind.Relative));

        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("count=0")]
    [InlineData("count=51")]
    [InlineData("count=abc")]
    [InlineData("session=not-a-token")]
    [InlineData("tag=nonexistent")]
    [InlineData("page=2")]
    public async Task Bad_parameters_are_a_400_problem(string query)
    {
        var response = await _client.GetAsync(new Uri($"/api/v1/trivia/random?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
