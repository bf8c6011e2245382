using System.Net;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Features.Embed;

[Collection(SeededApi.Name)]
public class EmbedEndpointTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_card_is_an_html_page_holding_the_fact()
    {
        var fact = await _client.GetJsonAsync("/api/v1/trivia/1");

        var response = await _client.GetAsync(new Uri("/embed/trivia/1", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains(fact.GetProperty("text").GetString()!, html);
        Assert.Contains("La La Land: Cantando Estações", html);
    }

    [Fact]
    public async Task Any_site_may_frame_a_card_and_it_loads_nothing_from_anywhere()
    {
        var response = await _client.GetAsync(new Uri("/embed/trivia/1", UriKind.Relative));
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Contains("frame-ancestors *", policy);
        Assert.Contains("default-src 'none'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_random_card_draws_from_the_filters_and_is_never_cached()
    {
        var response = await _client.GetAsync(new Uri("/embed/trivia/random?mentions=cantando-na-chuva-1952&theme=dark", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Contains("data-theme=\"dark\"", html);
        Assert.Contains("Cantando na Chuva", html);
    }

    [Theory]
    [InlineData("/embed/trivia/1?theme=purple", HttpStatusCode.BadRequest)]
    [InlineData("/embed/trivia/1?film=la-la-land", HttpStatusCode.BadRequest)]
    [InlineData("/embed/trivia/random?tag=nonexistent", HttpStatusCode.BadRequest)]
    [InlineData("/embed/trivia/999999", HttpStatusCode.NotFound)]
    [InlineData("/embed/trivia/random?q=xilofone", HttpStatusCode.NotFound)]
    public async Task Errors_are_problem_details(string url, HttpStatusCode status)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
