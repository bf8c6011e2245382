using System.Net;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Features.Search;

[Collection(SeededApi.Name)]
public class SearchEndpointTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<int[]> LinesFor(string q) => (await _client.GetJsonAsync($"/api/v1/trivia?pageSize=100&q={Uri.EscapeDataString(q)}")).Lines();

    [Theory]
    [InlineData("gravacao", 2)]
    [InlineData("GRAVAÇÃO", 2)]
    [InlineData("oscar", 13)]
    [InlineData("premio", 7)]
    [InlineData("prêmios", 7)]
    [InlineData("filmagens", 11)]
    public async Task Search_ignores_case_accents_and_plurals(string q, int line) =>
        Assert.Contains(line, await LinesFor(q));

    [Fact]
    public async Task Words_are_anded() => Assert.Equal(new[] { 2, 4 }, await LinesFor("piano gosling"));

    [Fact]
    public async Task A_phrase_keeps_its_words_together() => Assert.Equal(new[] { 3, 12 }, await LinesFor("\"vida real\""));

    [Fact]
    public async Task A_minus_excludes_a_word() => Assert.DoesNotContain(4, await LinesFor("tocar -gosling"));

    [Fact]
    public async Task A_star_matches_a_prefix() => Assert.Equal(await LinesFor("gosling"), await LinesFor("gosl*"));

    [Fact]
    public async Task Or_joins_alternatives() => Assert.Equal(new[] { 13, 18, 23 }, await LinesFor("festival OR oscar"));

    [Fact]
    public async Task Search_combines_with_filters_and_paging()
    {
        var page = await _client.GetJsonAsync("/api/v1/trivia?q=piano&person=justin-hurwitz&pageSize=1");

        Assert.Equal((1, 2), (page.GetProperty("totalCount").GetInt32(), page.Items()[0].GetProperty("source").GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task A_match_in_a_linked_name_ranks_above_a_match_in_text_alone()
    {
        // "Gosling" alone (line 4) also matches through the person it names, but line 13 only by its text "personagem de Ryan Gosling"…
        var hits = (await _client.GetJsonAsync("/api/v1/trivia?q=legend")).Items();

        Assert.Equal(new[] { 4, 5 }, hits.EnumerateArray().Select(h => h.GetProperty("source").GetProperty("line").GetInt32()).Order());
        Assert.True(hits[0].GetProperty("score").GetDouble() >= hits[1].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Each_hit_has_a_score_and_a_snippet_with_marks()
    {
        var hit = (await _client.GetJsonAsync("/api/v1/trivia?q=oscar")).Items()[0];

        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        Assert.Contains("<mark>Oscar</mark>", hit.GetProperty("snippet").GetString());
        Assert.Contains("&quot;", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Facets_count_the_matching_facts_by_tag_person_and_film()
    {
        var facets = (await _client.GetJsonAsync("/api/v1/trivia?q=piano&facets=tag,person,film")).GetProperty("facets");

        Assert.Equal(2, facets.GetProperty("films")[0].GetProperty("count").GetInt32());
        Assert.Contains(facets.GetProperty("people").EnumerateArray(), p => p.GetProperty("slug").GetString() == "ryan-gosling" && p.GetProperty("count").GetInt32() == 2);
        Assert.Contains(facets.GetProperty("tags").EnumerateArray(), t => t.GetProperty("slug").GetString() == "music" && t.GetProperty("count").GetInt32() == 2);
    }

    [Fact]
    public async Task Facets_repeated_are_the_facets_comma_separated()
    {
        var repeated = (await _client.GetJsonAsync("/api/v1/trivia?q=piano&facets=tag&facets=film")).GetProperty("facets");
        var separated = (await _client.GetJsonAsync("/api/v1/trivia?q=piano&facets=tag,film")).GetProperty("facets");

        Assert.Equal(separated.GetRawText(), repeated.GetRawText());
        Assert.False(repeated.TryGetProperty("people", out _));
    }

    [Theory]
    [InlineData("facets=tag&facets=genre")]
    [InlineData("facets=tag,genre")]
    public async Task An_unknown_facet_is_a_400_naming_facets(string query)
    {
        var errors = (await _client.GetJsonAsync($"/api/v1/trivia?{query}", System.Net.HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.Equal(["facets must be one or more of: tag, person, film."], errors.GetProperty("facets").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Search_everywhere_returns_people_films_and_facts_with_urls()
    {
        var hits = (await _client.GetJsonAsync("/api/v1/search?q=chuva")).Items();

        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("kind").GetString() == "film" && h.GetProperty("url").GetString() == "/api/v1/films/cantando-na-chuva-1952");
        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("kind").GetString() == "trivia");
        Assert.Equal("ryan-gosling", (await _client.GetJsonAsync("/api/v1/search?q=gosling&type=person")).Items()[0].GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("gosl", "ryan-gosling")]
    [InlineData("ry", "ryan-gosling")]
    [InlineData("zoph", "mary-zophres")]
    [InlineData("musi", "music")]
    [InlineData("MAGI", "o-magico-de-oz-1939")]
    public async Task Suggestions_complete_any_word_of_a_name(string q, string slug) =>
        Assert.Contains(slug, (await _client.GetJsonAsync($"/api/v1/search/suggest?q={q}")).Strings("slug"));

    [Fact]
    public async Task At_most_ten_suggestions_come_back() =>
        Assert.True((await _client.GetJsonAsync("/api/v1/search/suggest?q=a")).GetArrayLength() <= 10);

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("'); DROP TABLE Facts;--")]
    [InlineData("(((")]
    [InlineData("-")]
    [InlineData("piano\" OR \"")]
    public async Task Hostile_queries_are_answered_with_200_or_400(string q)
    {
        foreach (var url in new[] { "/api/v1/trivia?q=", "/api/v1/search?q=", "/api/v1/search/suggest?q=" })
        {
            var status = (await _client.GetAsync(new Uri(url + Uri.EscapeDataString(q), UriKind.Relative))).StatusCode;
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url}{q} answered {(int)status}");
        }
    }

    [Theory]
    [InlineData("/api/v1/search?q=gosling&page=10&pageSize=100")]
    [InlineData("/api/v1/trivia?q=gosling&page=21474836&pageSize=100")]
    public async Task A_page_past_every_match_is_empty_not_an_error(string url) =>
        Assert.Equal(0, (await _client.GetJsonAsync(url)).Items().GetArrayLength());

    [Fact]
    public async Task Two_hundred_characters_of_punctuation_are_refused_with_a_reason() =>
        Assert.Equal("q needs at least one word or number to search for.",
            (await _client.GetJsonAsync($"/api/v1/trivia?q={Uri.EscapeDataString(new string('!', 100) + new string('(', 100))}", HttpStatusCode.BadRequest))
                .GetProperty("errors").GetProperty("q")[0].GetString());

    [Fact]
    public async Task Relevance_sort_needs_a_search() =>
        Assert.True((await _client.GetJsonAsync("/api/v1/trivia?sort=relevance", HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("sort", out _));
}
