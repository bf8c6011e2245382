using System.Net;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Features.People;

[Collection(SeededApi.Name)]
public class PeopleEndpointTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("q=gosl", new[] { "ryan-gosling" })]
    [InlineData("q=ZOPHRES", new[] { "mary-zophres" })]
    [InlineData("profession=pianista", new[] { "john-legend", "randy-kerber" })]
    [InlineData("profession=Figurinista", new[] { "mary-zophres" })]
    [InlineData("film=a-grande-aposta-2015", new string[0])]
    [InlineData("q=emma&film=la-la-land", new[] { "emma-stone", "emma-watson" })]
    public async Task People_are_filtered_case_and_accent_insensitively(string filter, string[] slugs) =>
        Assert.Equal(slugs, (await _client.GetJsonAsync($"/api/v1/people?{filter}")).Items().Strings("slug"));

    [Fact]
    public async Task The_seed_yields_17_people_and_the_most_named_is_ryan_gosling()
    {
        var page = await _client.GetJsonAsync("/api/v1/people?sort=-triviaCount");

        Assert.Equal(17, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(("ryan-gosling", 8), (page.Items()[0].GetProperty("slug").GetString(), page.Items()[0].GetProperty("triviaCount").GetInt32()));
    }

    [Fact]
    public async Task A_persons_detail_has_professions_films_and_topics()
    {
        var person = await _client.GetJsonAsync("/api/v1/people/john-legend");

        Assert.Equal(["ator", "cantor", "pianista"], person.GetProperty("professions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["la-la-land"], person.GetProperty("films").Strings("slug"));
        Assert.Contains("music", person.GetProperty("tags").Strings("slug"));
    }

    [Fact]
    public async Task A_persons_trivia_and_films_are_listed_under_them()
    {
        Assert.Equal(8, (await _client.GetJsonAsync("/api/v1/people/ryan-gosling/trivia")).GetProperty("totalCount").GetInt32());
        Assert.Equal(["la-la-land"], (await _client.GetJsonAsync("/api/v1/people/emma-stone/films")).Items().Strings("slug"));
    }

    [Fact]
    public async Task An_unknown_person_is_a_404_problem() =>
        Assert.Equal("No person has the id or slug 'nobody'.", (await _client.GetJsonAsync("/api/v1/people/nobody", HttpStatusCode.NotFound)).GetProperty("detail").GetString());
}
