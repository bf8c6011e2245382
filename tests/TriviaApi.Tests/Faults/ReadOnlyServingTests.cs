using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using TriviaApi.Tests.Api;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Faults;

/// <summary>
/// A database opened with <c>Mode=ReadOnly</c> (as replicas serve one published file), or a file the server may not
/// write: every read is served, the current schema is left alone, and a write is a 503 problem saying the database is
/// read-only. The file's permissions are tested on the built app run as a user they bind (<see cref="UnprivilegedUser"/>).
/// </summary>
public sealed class ReadOnlyServingTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"trivia-readonly-{Guid.NewGuid():N}")).FullName;
    private WebApplicationFactory<Program> _api = null!;
    private string _published = null!;

    private static readonly string[] Reads = ["/api/v1/trivia", "/api/v1/films/la-la-land", "/api/v1/search?q=piano", "/api/v1/trivia/random", "/api/v1/quiz", "/health/ready"];

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

        _published = published;
        _api = new ReadOnlyApi($"Data Source={published};Mode=ReadOnly");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _api.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string> ReadPaths => new(Reads);

    [Theory]
    [MemberData(nameof(ReadPaths))]
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

    [UnprivilegedFact]
    public async Task A_file_the_server_may_not_write_is_served_read_only_and_a_write_is_a_503_problem()
    {
        var file = await UnwritableCopyAsync();
        var (reads, write, problem) = (new Dictionary<string, HttpStatusCode>(), (HttpStatusCode?)null, "");

        var run = await AppProcess.WatchAsync(UnprivilegedUser.Launcher, $"Data Source={file}", Listening, async line =>
        {
            if (ListeningAt(line) is not { } url)
            {
                return false;
            }

            using var client = new HttpClient { BaseAddress = url };
            foreach (var path in Reads)
            {
                reads[path] = (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode;
            }

            var answer = await client.PostAsync(new Uri("/api/v1/trivia/sessions", UriKind.Relative), null);
            (write, problem) = (answer.StatusCode, await answer.Content.ReadAsStringAsync());
            return true;
        });

        Assert.True(run.Exit is null, $"exit {run.Exit}: {run.Error}");
        Assert.Equal(Reads.ToDictionary(path => path, _ => HttpStatusCode.OK), reads);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write);
        Assert.Contains("read-only", problem, StringComparison.Ordinal);
    }

    [UnprivilegedFact]
    public async Task An_import_into_a_file_it_may_not_write_exits_1_saying_the_database_is_read_only()
    {
        var file = await UnwritableCopyAsync();
        var trivia = Path.Combine(_folder, "a-ilha.pt-BR.txt");
        await File.WriteAllTextAsync(trivia, "A ilha do filme era, na verdade, um banco de areia no litoral do Maranhão.\n");
        await File.WriteAllTextAsync(Path.ChangeExtension(trivia, ".json"), """{ "title": "A Ilha de Areia", "year": 1979 }""");

        var run = await AppProcess.WatchAsync(UnprivilegedUser.Launcher, $"Data Source={file}", new Dictionary<string, string>(), _ => Task.FromResult(false), "import", trivia);

        AssertRefused((run.Exit ?? 0, run.Output, run.Error), file, "is read-only");
    }

    [Fact]
    public async Task A_read_only_database_whose_schema_needs_upgrading_is_refused_in_one_line()
    {
        var file = Path.Combine(_folder, "antigo.db");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var table = connection.CreateCommand();
            table.CommandText = "CREATE TABLE Anotacoes (Texto TEXT)";
            await table.ExecuteNonQueryAsync();
        }

        var run = await AppProcess.RunAsync($"Data Source={file};Mode=ReadOnly");

        AssertRefused(run, file, "is read-only");
    }

    [UnprivilegedFact]
    public async Task An_empty_file_the_server_may_not_write_is_refused_in_one_line_not_seeded()
    {
        var file = await UnwritableCopyAsync(async connection =>
        {
            await using var empty = connection.CreateCommand();
            empty.CommandText = "PRAGMA foreign_keys = OFF; DELETE FROM Facts";
            await empty.ExecuteNonQueryAsync();
        });

        var run = await AppProcess.WatchAsync(UnprivilegedUser.Launcher, $"Data Source={file}", new Dictionary<string, string>(), _ => Task.FromResult(false));

        AssertRefused((run.Exit ?? 0, run.Output, run.Error), file, "holds no facts and is read-only");
    }

    private static void AssertRefused((int Exit, string Output, string Error) run, string file, string saying)
    {
        Assert.True(run.Exit == 1, $"exit {run.Exit}: {run.Error}");
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains($"The database {file} {saying}", line, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, string> Listening = new() { ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information" };

    private static Uri? ListeningAt(string line) =>
        System.Text.RegularExpressions.Regex.Match(line, @"Now listening on: (\S+)") is { Success: true } match ? new Uri(match.Groups[1].Value) : null;

    /// <summary>
    /// The published file (changed first, when asked) and its index copied into a folder of their own, the file made
    /// read-only (mode 444): the unprivileged user may read both, and write neither the file nor (when it is nobody)
    /// the folder.
    /// </summary>
    private async Task<string> UnwritableCopyAsync(Func<SqliteConnection, Task>? change = null)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "somente-leitura")).FullName;
        var file = Path.Combine(folder, Path.GetFileName(_published));
        File.Copy(_published, file);
        if (change is not null)
        {
            await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            await connection.OpenAsync();
            await change(connection);
        }

        CopyFolder(Path.ChangeExtension(_published, ".search"), Path.ChangeExtension(file, ".search"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        return file;
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
