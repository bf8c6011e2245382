using System.Net;
using System.Net.Http.Headers;

namespace TriviaApi.Tests.Api;

[Collection(SeededApi.Name)]
public class HttpBehaviourTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_response_carries_an_etag_and_a_matching_if_none_match_gets_304()
    {
        var first = await _client.GetAsync(new Uri("/api/v1/films/la-la-land", UriKind.Relative));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/films/la-la-land");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task A_response_states_its_length_first_hand_and_from_the_output_cache()
    {
        foreach (var _ in new[] { "computed", "computed and kept", "from the output cache" })
        {
            var response = await _client.GetAsync(new Uri("/api/v1/trivia?pageSize=3&page=2", UriKind.Relative));

            // As sent: HttpClient's ContentLength would count a buffered body that came without the header.
            Assert.True(response.Content.Headers.NonValidated.TryGetValues("Content-Length", out var sent));
            Assert.Equal((await response.Content.ReadAsByteArrayAsync()).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), sent.ToString());
        }
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_response()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tags");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Any_origin_may_read()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tags");
        request.Headers.Add("Origin", "https://quiz.example");

        var response = await _client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var response = await _client.GetAsync(new Uri("/api/v1/nothing-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_root_redirects_to_swagger_which_documents_every_route()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal("/swagger", (await client.GetAsync(new Uri("/", UriKind.Relative))).Headers.Location?.OriginalString);

        var document = await _client.GetJsonAsync("/swagger/v1/swagger.json");
        string[] routes =
        [
            "/api/v1/films", "/api/v1/films/{idOrSlug}", "/api/v1/films/{idOrSlug}/trivia", "/api/v1/films/{idOrSlug}/people",
            "/api/v1/trivia", "/api/v1/trivia/{id}", "/api/v1/people", "/api/v1/people/{idOrSlug}", "/api/v1/people/{idOrSlug}/trivia",
            "/api/v1/people/{idOrSlug}/films", "/api/v1/tags", "/api/v1/tags/{slug}", "/api/v1/tags/{slug}/trivia",
            "/api/v1/search", "/api/v1/search/suggest", "/api/v1/trivia/random", "/api/v1/trivia/sessions", "/api/v1/trivia/sessions/{token}",
            "/api/v1/trivia/sessions/{token}/reset", "/api/v1/trivia/daily", "/api/v1/quiz", "/api/v1/quiz/answers",
            "/embed/trivia/random", "/embed/trivia/{id}",
        ];
        Assert.All(routes, route => Assert.True(document.GetProperty("paths").TryGetProperty(route, out _), route));
    }

    [Fact]
    public async Task Swagger_lists_only_the_query_parameters_a_client_can_send()
    {
        var document = await _client.GetJsonAsync("/swagger/v1/swagger.json");

        var parameters = document.GetProperty("paths").GetProperty("/api/v1/trivia").GetProperty("get").GetProperty("parameters").Strings("name");

        Assert.Equal(
            ["cursor", "facets", "film", "mentions", "page", "pageSize", "person", "q", "sort", "tag", "yearFrom", "yearTo"],
            parameters.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_read_asked_again_is_kept_and_then_served_from_the_servers_cache()
    {
        var first = await _client.GetAsync(new Uri("/api/v1/people?sort=name&pageSize=3", UriKind.Relative));
        var second = await _client.GetAsync(new Uri("/api/v1/people?sort=name&pageSize=3", UriKind.Relative));

        var third = await _client.GetAsync(new Uri("/api/v1/people?sort=name&pageSize=3", UriKind.Relative));

        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        Assert.NotNull(third.Headers.Age);
        Assert.Equal(second.Headers.ETag, third.Headers.ETag);
    }

    [Fact]
    public async Task What_clients_may_not_store_the_server_does_not_cache_either()
    {
        await _client.GetAsync(new Uri("/api/v1/trivia/random?count=2", UriKind.Relative));
        await _client.GetAsync(new Uri("/api/v1/trivia/random?count=2", UriKind.Relative));

        var again = await _client.GetAsync(new Uri("/api/v1/trivia/random?count=2", UriKind.Relative));

        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task A_cached_response_still_answers_if_none_match_with_304()
    {
        var first = await _client.GetAsync(new Uri("/api/v1/tags?sort=name", UriKind.Relative));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tags?sort=name");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(request)).StatusCode);
    }
}
