using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TriviaApi.Tests.Api;

[Collection(SeededApi.Name)]
public class HttpHygieneTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/films")]
    [InlineData("/api/v1/trivia/4")]
    [InlineData("/embed/trivia/4")]
    [InlineData("/api/v1/trivia/daily?date=2026-11-29")]
    public async Task Head_answers_wherever_get_does_without_a_body(string url)
    {
        var get = await _client.GetAsync(new Uri(url, UriKind.Relative));

        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Theory]
    [InlineData("/api/v1/films")]
    [InlineData("/api/v1/films/nao-existe")]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/embed/trivia/4")]
    public async Task Every_response_forbids_sniffing(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public void Kestrel_sends_no_server_header()
    {
        var kestrel = factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
        Assert.Equal(TriviaApi.Api.RequestLimits.MaxBodyBytes, kestrel.Limits.MaxRequestBodySize);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("image/png")]
    public async Task An_error_is_problem_json_with_its_detail_whatever_accept_says(string accept)
    {
        foreach (var url in new[] { "/api/v1/films/nao-existe", "/api/v1/films?pageSize=500", "/api/v1/nothing-here" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd(accept);

            var response = await _client.SendAsync(request);

            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("\"status\":", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        var body = $$"""{"question":"{{new string('x', 40_000)}}","answer":1}""";

        var response = await _client.PostAsync(new Uri("/api/v1/quiz/answers", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await Contract.RecordedExamples.AssertAnswerAsync("any.413", "POST /api/v1/quiz/answers with a body of 40,000 bytes", response);
    }

    [Fact]
    public async Task A_body_in_another_charset_is_a_415_problem_not_a_500()
    {
        var content = new ByteArrayContent([0x7B, 0x00, 0x22]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-16");

        var response = await _client.PostAsync(new Uri("/api/v1/quiz/answers", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await Contract.RecordedExamples.AssertAnswerAsync("any.415", "POST /api/v1/quiz/answers with Content-Type: application/json; charset=utf-16", response);
    }

    [Fact]
    public async Task A_get_with_a_body_in_another_charset_is_answered_since_its_body_is_never_read()
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/films", UriKind.Relative))
        {
            Content = new ByteArrayContent([0x7B, 0x7D]),
        };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=iso-8859-1");

        var response = await _client.SendAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_json_type_error_names_the_field_and_no_dotnet_type()
    {
        var response = await _client.PostAsync(new Uri("/api/v1/quiz/answers", UriKind.Relative),
            new StringContent("""{"question":"uma pergunta","answer":"dois"}""", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("answer", body, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
    }
}
