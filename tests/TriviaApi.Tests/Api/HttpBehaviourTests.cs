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
        ];
        Assert.All(routes, route => Assert.True(document.GetProperty("paths").TryGetProperty(route, out _), route));
    }
}
