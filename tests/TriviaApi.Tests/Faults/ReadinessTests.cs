using System.Net;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Faults;

/// <summary>
/// <c>/health/live</c> says the process answers; <c>/health/ready</c> (and <c>/health</c>, as before) that the database
/// answers and search reflects it, and stops saying so when the file goes away or turns to garbage under the server.
/// </summary>
public sealed class ReadinessTests : IDisposable
{
    private readonly TriviaApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task A_started_server_is_live_and_ready(string path)
    {
        var response = await _api.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deleting_the_database_file_makes_the_server_unready_but_still_live()
    {
        var client = _api.CreateClient();
        await client.GetAsync(new Uri("/api/v1/trivia", UriKind.Relative));

        File.Delete(_api.DatabasePath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_database_file_overwritten_with_garbage_makes_the_server_unready()
    {
        var client = _api.CreateClient();
        await client.GetAsync(new Uri("/api/v1/trivia", UriKind.Relative));

        await File.WriteAllTextAsync(_api.DatabasePath, "isto não é um banco de dados, é um roteiro de cinema");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }
}
