using System.Net;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Features.DailyTrivia;

[Collection(SeededApi.Name)]
public class DailyTriviaTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_date_gives_everyone_the_same_fact()
    {
        var first = await _client.GetJsonAsync("/api/v1/trivia/daily?date=2026-11-29");
        var second = await factory.CreateClient().GetJsonAsync("/api/v1/trivia/daily?date=2026-11-29");

        Assert.Equal(first.GetProperty("fact").GetProperty("id").GetInt32(), second.GetProperty("fact").GetProperty("id").GetInt32());
        Assert.Equal("2026-11-29", first.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Different_dates_give_different_facts()
    {
        var facts = new HashSet<int>();
        for (var day = 1; day <= 10; day++)
        {
            facts.Add((await _client.GetJsonAsync($"/api/v1/trivia/daily?date=2026-12-{day:00}")).GetProperty("fact").GetProperty("id").GetInt32());
        }

        Assert.True(facts.Count >= 5, $"ten days gave only {facts.Count} different facts");
    }

    [Fact]
    public async Task Filters_choose_the_day_among_their_facts()
    {
        var daily = await _client.GetJsonAsync("/api/v1/trivia/daily?date=2026-11-29&mentions=cantando-na-chuva-1952");

        Assert.Contains(daily.GetProperty("fact").GetProperty("source").GetProperty("line").GetInt32(), new[] { 6, 8 });
    }

    [Fact]
    public async Task A_search_chooses_the_day_among_its_matches_the_same_for_everyone()
    {
        var matches = (await _client.GetJsonAsync("/api/v1/trivia?q=piano")).Lines();
        var days = new List<int>();
        for (var day = 1; day <= 10; day++)
        {
            var first = await _client.GetJsonAsync($"/api/v1/trivia/daily?q=piano&date=2026-12-{day:00}");
            var again = await factory.CreateClient().GetJsonAsync($"/api/v1/trivia/daily?q=piano&date=2026-12-{day:00}");
            Assert.Equal(first.GetProperty("fact").GetProperty("id").GetInt32(), again.GetProperty("fact").GetProperty("id").GetInt32());
            days.Add(first.GetProperty("fact").GetProperty("source").GetProperty("line").GetInt32());
        }

        Assert.All(days, line => Assert.Contains(line, matches));
    }

    [Fact]
    public async Task Today_is_the_day_in_brasilia_and_its_fact_is_cached_until_midnight_there()
    {
        // 02:00 UTC on the 30th is still 23:00 on the 29th in Brasília (UTC−3): an hour to go.
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));
        var response = await clock.Client(factory).GetAsync(new Uri("/api/v1/trivia/daily", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"date\":\"2026-11-29\"", body);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl!.MaxAge);
        Assert.True(response.Headers.CacheControl.Public);
    }

    [Fact]
    public async Task No_matching_fact_is_a_404_problem()
    {
        var problem = await _client.GetJsonAsync("/api/v1/trivia/daily?q=xilofone", HttpStatusCode.NotFound);

        Assert.Equal("No trivia fact matches these filters, so there is no fact of the day.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("date=2026-02-30")]
    [InlineData("date=29/11/2026")]
    [InlineData("date=2026-11-29T10:00")]
    [InlineData("yearFrom=2030&yearTo=2000")]
    public async Task Bad_parameters_are_a_400_problem(string query) =>
        await _client.GetJsonAsync($"/api/v1/trivia/daily?{query}", HttpStatusCode.BadRequest);
}
