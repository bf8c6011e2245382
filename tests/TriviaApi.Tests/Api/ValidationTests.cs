using System.Net;

namespace TriviaApi.Tests.Api;

[Collection(SeededApi.Name)]
public class ValidationTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/trivia?page=0", "page", "page must be 1 or more.")]
    [InlineData("/api/v1/trivia?page=abc", "page", "'abc' is not valid: page must be a whole number.")]
    [InlineData("/api/v1/trivia?pageSize=101", "pageSize", "pageSize must be from 1 to 100.")]
    [InlineData("/api/v1/trivia?q=filme&page=21474837&pageSize=100", "page", "page is past the end of any list: page × pageSize must stay under 2,147,483,647.")]
    [InlineData("/api/v1/films?sort=rating", "sort", "sort must be one of: title, -title, year, -year, triviaCount, -triviaCount.")]
    [InlineData("/api/v1/trivia?yearFrom=2010&yearTo=2000", "yearFrom", "yearFrom must not be after yearTo.")]
    [InlineData("/api/v1/films?year=1869", "year", "year must be a year from 1870 to 2100.")]
    [InlineData("/api/v1/trivia?person=Ryan_Gosling", "person", "person must be an id (a positive number) or a slug (lower-case letters, digits and single hyphens, such as ryan-gosling).")]
    [InlineData("/api/v1/trivia?person=nobody", "person", "No person has the id or slug 'nobody'.")]
    [InlineData("/api/v1/trivia?tag=no-such-tag", "tag", "tag must be one of: music, casting, production, locations, awards, festivals, references, costumes, career, real-life, box-office, general.")]
    [InlineData("/api/v1/trivia?tag=music&tag=no-such-tag", "tag", "tag must be one of: music, casting, production, locations, awards, festivals, references, costumes, career, real-life, box-office, general.")]
    [InlineData("/api/v1/films?tag=no-such-tag", "tag", "tag must be one of: music, casting, production, locations, awards, festivals, references, costumes, career, real-life, box-office, general.")]
    [InlineData("/api/v1/trivia?cursor=bm9wZQ", "cursor", "cursor must be a nextCursor this list gave out, with the same sort (cursors page by id or year, not relevance).")]
    [InlineData("/api/v1/trivia?sort=year&cursor=aWR8MHw1", "cursor", "cursor must be a nextCursor this list gave out, with the same sort (cursors page by id or year, not relevance).")]
    [InlineData("/api/v1/trivia?q=-de", "q", "q needs a word to search for besides the excluded ones.")]
    [InlineData("/api/v1/search?q=%22%22", "q", "q needs at least one word or number to search for.")]
    [InlineData("/api/v1/people?limit=5", "limit", "Unknown query parameter; allowed: film, page, pageSize, profession, q, sort.")]
    [InlineData("/api/v1/films/Not_A_Slug", "idOrSlug", "idOrSlug must be an id (a positive number) or a slug (lower-case letters, digits and single hyphens, such as ryan-gosling).")]
    public async Task A_bad_parameter_is_a_400_problem_saying_what_is_allowed(string url, string parameter, string message)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var problem = await _client.GetJsonAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_search_text_over_200_characters_is_refused() =>
        Assert.True((await _client.GetJsonAsync($"/api/v1/films?q={new string('a', 201)}", HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("q", out _));

    [Fact]
    public async Task A_search_that_does_not_parse_is_reported_beside_every_other_bad_parameter()
    {
        var errors = (await _client.GetJsonAsync("/api/v1/trivia?q=-de&pageSize=500&yearFrom=1700", HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.Equal(["pageSize", "q", "yearFrom"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> Endpoints() =>
    [
        "/api/v1/trivia", "/api/v1/films", "/api/v1/people", "/api/v1/tags", "/api/v1/films/la-la-land/trivia",
        "/api/v1/films/la-la-land/people", "/api/v1/people/ryan-gosling/trivia", "/api/v1/people/ryan-gosling/films", "/api/v1/tags/music/trivia",
    ];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task No_value_of_any_parameter_is_a_server_error(string endpoint)
    {
        string[] parameters = ["page", "pageSize", "sort", "q", "film", "person", "mentions", "tag", "year", "yearFrom", "yearTo", "cursor", "profession", "x"];
        string[] values = ["", " ", "-1", "0", "1", "2147483648", "1e3", "abc", "-", "--", "la-la-land", "%00", "%E2%80%8B", "'%3B DROP TABLE Facts;--", "ação", "..%2F..", new string('z', 300), "%F0%9F%8E%AC", "NEAR(", "\"", "*"];
        foreach (var parameter in parameters)
        {
            foreach (var value in values)
            {
                var response = await _client.GetAsync(new Uri($"{endpoint}?{parameter}={value}", UriKind.Relative));
                Assert.True((int)response.StatusCode is 200 or 400 or 404, $"{endpoint}?{parameter}={value} answered {(int)response.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData("/api/v1/films/%20")]
    [InlineData("/api/v1/people/-1")]
    [InlineData("/api/v1/tags/M%C3%BAsica")]
    [InlineData("/api/v1/trivia/2147483648")]
    [InlineData("/api/v1/films/99999999999999999999/trivia")]
    public async Task Hostile_path_values_are_answered_with_400_or_404(string url) =>
        Assert.True((int)(await _client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode is 400 or 404);

    [Theory]
    [InlineData("/api/v1/trivia?page=2147483647&pageSize=100")]
    [InlineData("/api/v1/trivia?q=filme&page=2147483647&pageSize=100")]
    [InlineData("/api/v1/trivia?q=filme&page=1000000&pageSize=100")]
    [InlineData("/api/v1/people?page=2147483647&pageSize=100")]
    public async Task A_page_past_any_end_is_an_empty_page_or_a_400_never_a_500(string url) =>
        Assert.True((int)(await _client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode is 200 or 400);
}
