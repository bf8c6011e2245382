using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Faults;

/// <summary>
/// A database opened with <c>Mode=ReadOnly</c> (as replicas serve one published file): every read is served, the
/// current schema is left alone, and a write is a 503 problem saying the database is read-only.
/// </summary>
public sealed class ReadOnlyServingTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"trivia-readonly-{Guid.NewGuid():N}")).FullName;
    private WebApplicationFactory<Program> _api = null!;

    public async Task InitializeAsync()
    {
        var published = Path.Combine(_folder, "publicado.db");
        using (var source = new TriviaApiFactory())
        {
            await source.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
            await using var connection = new SqliteConnection($"Data Source={source.DatabasePath}");
            await connection.OpenAsync();
            await using var copy = connection.CreateCommand();
            copy.CommandText = $"VACUUM INTO '{published}'";
            await copy.ExecuteNonQueryAsync();
            await using var copied = new SqliteConnection($"Data Source={published};Pooling=False");
            await copied.OpenAsync();
            await using var rollbackJournal = copied.CreateCommand();

            // A published file is read without a write-ahead log, whose shared memory a read-only reader cannot make.
            rollbackJournal.CommandText = "PRAGMA journal_mode = DELETE";
            await rollbackJournal.ExecuteNonQueryAsync();
            CopyFolder(Path.ChangeExtension(source.DatabasePath, ".search"), Path.ChangeExtension(published, ".search"));
        }

        _api = new ReadOnlyApi($"Data Source={published};Mode=ReadOnly");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _api.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("/api/v1/trivia")]
    [InlineData("/api/v1/films/la-la-land")]
    [InlineData("/api/v1/search?q=piano")]
    [InlineData("/api/v1/trivia/random")]
    [InlineData("/api/v1/quiz")]
    [InlineData("/health/ready")]
    public async Task Reads_are_served(string path)
    {
        var response = await _api.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_write_is_a_503_problem_saying_the_database_is_read_only()
    {
        var response = await _api.CreateClient().PostAsync(new Uri("/api/v1/trivia/sessions", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("read-only", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Api.Contract.RecordedExamples.AssertAnswerAsync("session.503", "POST /api/v1/trivia/sessions on a server of a read-only database (no Retry-After: it will not pass)", response);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private sealed class ReadOnlyApi(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Trivia", connectionString);
        }
    }
}
