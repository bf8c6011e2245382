using System.Net;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Features.Films;

[Collection(SeededApi.Name)]
public class FilmEndpointTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("q=chuva", new[] { "cantando-na-chuva-1952", "os-guarda-chuvas-do-amor-1964" })]
    [InlineData("q=MAGICO", new[] { "o-magico-de-oz-1939" })]
    [InlineData("q=la%20la%20land", new[] { "la-la-land" })]
    [InlineData("year=2015", new[] { "a-grande-aposta-2015", "golpe-duplo-2015" })]
    [InlineData("yearFrom=1935&yearTo=1939", new[] { "o-magico-de-oz-1939", "o-picolino-1935", "ritmo-louco-1936" })]
    [InlineData("tag=festivals", new[] { "la-la-land" })]
    [InlineData("person=emma-stone", new[] { "la-la-land" })]
    public async Task Films_are_filtered_case_and_accent_insensitively(string filter, string[] slugs) =>
        Assert.Equal(slugs, (await _client.GetJsonAsync($"/api/v1/films?{filter}")).Items().Strings("slug"));

    [Fact]
    public async Task The_seed_yields_22_films_sorted_by_title_by_default()
    {
        var page = await _client.GetJsonAsync("/api/v1/films?pageSize=100");

        Assert.Equal(22, page.GetProperty("totalCount").GetInt32());
        Assert.Equal("A Bela e a Fera", page.Items()[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("year", "o-picolino-1935")]
    [InlineData("-year", "a-bela-e-a-fera-2017")]
    [InlineData("-triviaCount", "la-la-land")]
    [InlineData("-title", "whiplash-em-busca-da-perfeicao-2014")]
    public async Task Films_sort_by_the_documented_fields(string sort, string first) =>
        Assert.Equal(first, (await _client.GetJsonAsync($"/api/v1/films?sort={sort}")).Items()[0].GetProperty("slug").GetString());

    [Fact]
    public async Task A_films_detail_has_its_counts_credits_topics_and_most_named_people()
    {
        var film = await _client.GetJsonAsync("/api/v1/films/la-la-land");

        Assert.Equal(("La La Land: Cantando Estações", "La La Land", 2016, 24),
            (film.GetProperty("title").GetString(), film.GetProperty("originalTitle").GetString(), film.GetProperty("year").GetInt32(), film.GetProperty("triviaCount").GetInt32()));
        Assert.Contains(film.GetProperty("credits").EnumerateArray(), c => c.GetProperty("role").GetString() == "diretor" && c.GetProperty("person").GetProperty("slug").GetString() == "damien-chazelle");
        Assert.Contains("festivals", film.GetProperty("tags").Strings("slug"));
        Assert.Equal("ryan-gosling", film.GetProperty("topPeople")[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task A_mentioned_film_counts_the_facts_mentioning_it() =>
        Assert.Equal(2, (await _client.GetJsonAsync("/api/v1/films/cantando-na-chuva-1952")).GetProperty("mentionCount").GetInt32());

    [Fact]
    public async Task A_films_trivia_and_people_are_listed_under_it()
    {
        Assert.Equal(24, (await _client.GetJsonAsync("/api/v1/films/la-la-land/trivia")).GetProperty("totalCount").GetInt32());
        Assert.Contains("sandy-powell", (await _client.GetJsonAsync("/api/v1/films/1/people?pageSize=100")).Items().Strings("slug"));
    }

    [Theory]
    [InlineData("/api/v1/films/no-such-film")]
    [InlineData("/api/v1/films/9999/trivia")]
    [InlineData("/api/v1/films/no-such-film/people")]
    public async Task An_unknown_film_is_a_404_problem_naming_it(string url) =>
        Assert.Contains("No film has the id or slug", (await _client.GetJsonAsync(url, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
}
