using System.Net;
using System.Text.Json;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Features.Trivia;

[Collection(SeededApi.Name)]
public class TriviaEndpointTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_first_page_holds_twenty_of_the_seeds_24_facts_with_paging_totals()
    {
        var page = await _client.GetJsonAsync("/api/v1/trivia");

        Assert.Equal((20, 1, 20, 24, 2), (page.Items().GetArrayLength(), page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(),
            page.GetProperty("totalCount").GetInt32(), page.GetProperty("totalPages").GetInt32()));
    }

    [Fact]
    public async Task A_fact_carries_its_text_film_mentions_tags_and_source()
    {
        var fact = (await _client.GetJsonAsync("/api/v1/trivia?pageSize=1")).Items()[0];

        Assert.StartsWith("Emma Watson foi cogitada para o papel de Mia", fact.GetProperty("text").GetString());
        Assert.Equal("pt-BR", fact.GetProperty("language").GetString());
        Assert.Equal("la-la-land", fact.GetProperty("film").GetProperty("slug").GetString());
        Assert.Equal(["emma-watson", "ryan-gosling"], fact.GetProperty("people").Strings("slug"));
        Assert.Equal(["a-bela-e-a-fera-2017"], fact.GetProperty("films").Strings("slug"));
        Assert.Equal(["Fera", "Mia Dolan"], fact.GetProperty("characters").Strings("name"));
        Assert.Equal(["casting"], fact.GetProperty("tags").Strings("slug"));
        Assert.Equal(("la-la-land.pt-BR.txt", 1), (fact.GetProperty("source").GetProperty("file").GetString(), fact.GetProperty("source").GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task Person_filter_returns_exactly_the_facts_naming_ryan_gosling() =>
        Assert.Equal(new[] { 1, 2, 3, 4, 13, 14, 15, 20 }, (await _client.GetJsonAsync("/api/v1/trivia?person=ryan-gosling")).Lines());

    [Fact]
    public async Task Mentions_filter_takes_a_film() =>
        Assert.Equal(new[] { 6, 8 }, (await _client.GetJsonAsync("/api/v1/trivia?mentions=cantando-na-chuva-1952")).Lines());

    [Fact]
    public async Task Mentions_filter_takes_a_person() =>
        Assert.Equal(new[] { 2, 9 }, (await _client.GetJsonAsync("/api/v1/trivia?mentions=justin-hurwitz")).Lines());

    [Fact]
    public async Task Tag_filter_returns_the_facts_with_that_topic() =>
        Assert.Equal(new[] { 18, 23 }, (await _client.GetJsonAsync("/api/v1/trivia?tag=festivals")).Lines());

    [Fact]
    public async Task Two_different_tags_narrow_the_list_to_facts_having_both()
    {
        var music = (await _client.GetJsonAsync("/api/v1/trivia?tag=music")).Lines();
        var production = (await _client.GetJsonAsync("/api/v1/trivia?tag=production")).Lines();

        Assert.Equal(music.Intersect(production), (await _client.GetJsonAsync("/api/v1/trivia?tag=music&tag=production")).Lines());
    }

    [Theory]
    [InlineData("film=la-la-land&yearFrom=2016&yearTo=2016", 24)]
    [InlineData("yearFrom=2017", 0)]
    [InlineData("yearTo=2015", 0)]
    public async Task Film_and_year_filters_apply_to_the_subject_film(string filter, int count) =>
        Assert.Equal(count, (await _client.GetJsonAsync($"/api/v1/trivia?{filter}")).GetProperty("totalCount").GetInt32());

    [Fact]
    public async Task Sorting_by_descending_id_starts_with_the_last_line() =>
        Assert.Equal(24, (await _client.GetJsonAsync("/api/v1/trivia?sort=-id&pageSize=1")).Items()[0].GetProperty("source").GetProperty("line").GetInt32());

    [Fact]
    public async Task Following_next_cursors_walks_every_fact_once()
    {
        var seen = new List<int>();
        var url = "/api/v1/trivia?pageSize=5";
        while (true)
        {
            var page = await _client.GetJsonAsync(url);
            seen.AddRange(page.Items().EnumerateArray().Select(f => f.GetProperty("id").GetInt32()));
            if (page.GetProperty("nextCursor").GetString() is not { } cursor)
            {
                break;
            }

            url = $"/api/v1/trivia?pageSize=5&cursor={cursor}";
        }

        Assert.Equal(24, seen.Count);
        Assert.Equal(seen.Order(), seen);
    }

    [Fact]
    public async Task A_list_links_to_its_first_previous_next_and_last_pages()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/trivia?pageSize=5&page=2", UriKind.Relative));
        var link = response.Headers.GetValues("Link").Single();

        Assert.Contains("page=1>; rel=\"first\"", link);
        Assert.Contains("page=1>; rel=\"prev\"", link);
        Assert.Contains("page=3>; rel=\"next\"", link);
        Assert.Contains("page=5>; rel=\"last\"", link);
    }

    [Fact]
    public async Task A_link_keeps_the_other_parameters_as_a_query_writes_them_and_sets_its_own_page()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/trivia?q=ryan+gosling&page=2&pageSize=1&film=la-la-land", UriKind.Relative));
        var pages = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("totalPages").GetInt32();
        const string Url = "http://localhost/api/v1/trivia?q=ryan%20gosling&pageSize=1&film=la-la-land";

        Assert.True(pages > 2);
        Assert.Equal(
            $"<{Url}&page=1>; rel=\"first\", <{Url}&page=1>; rel=\"prev\", <{Url}&page=3>; rel=\"next\", <{Url}&page={pages}>; rel=\"last\"",
            response.Headers.GetValues("Link").Single());
    }

    [Fact]
    public async Task A_page_reached_by_cursor_links_to_the_next_cursor()
    {
        var first = await _client.GetJsonAsync("/api/v1/trivia?pageSize=5&sort=year");
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var response = await _client.GetAsync(new Uri($"/api/v1/trivia?pageSize=5&sort=year&cursor={cursor}", UriKind.Relative));
        var next = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("nextCursor").GetString();

        Assert.Equal(
            $"<http://localhost/api/v1/trivia?pageSize=5&sort=year&page=1>; rel=\"first\", "
            + $"<http://localhost/api/v1/trivia?pageSize=5&sort=year&cursor={Uri.EscapeDataString(next!)}>; rel=\"next\", "
            + $"<http://localhost/api/v1/trivia?pageSize=5&sort=year&page=5>; rel=\"last\"",
            response.Headers.GetValues("Link").Single());
    }

    [Fact]
    public async Task A_fact_is_found_by_id_and_an_unknown_id_is_a_404_problem()
    {
        Assert.Equal(3, (await _client.GetJsonAsync("/api/v1/trivia/3")).GetProperty("id").GetInt32());

        var problem = await _client.GetJsonAsync("/api/v1/trivia/999", HttpStatusCode.NotFound);
        Assert.Equal("No trivia fact has the id '999'.", problem.GetProperty("detail").GetString());
    }
}
