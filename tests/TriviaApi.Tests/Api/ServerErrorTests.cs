using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Data;

namespace TriviaApi.Tests.Api;

/// <summary>Its own API over its own database, which the test breaks on purpose.</summary>
public sealed class ServerErrorTests : IDisposable
{
    private readonly TriviaApiFactory _factory = new();

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_with_a_trace_id_and_no_internals()
    {
        var client = _factory.CreateClient();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TriviaDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE Credits");
        }

        var response = await client.GetAsync(new Uri("/api/v1/films/la-la-land", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"traceId\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Credits", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        await Contract.RecordedExamples.AssertAnswerAsync("any.500", "any request, while something unexpected fails (the details are in the log under the traceId)", response);
    }

    public void Dispose() => _factory.Dispose();
}
