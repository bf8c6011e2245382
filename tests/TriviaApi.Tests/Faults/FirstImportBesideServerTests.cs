using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Tests.Api;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Faults;

/// <summary>
/// A server that serves a database without facts (no seeds to import) has it open, so the first import, run from the
/// command line beside it, stays in WAL mode: the server answers while it runs, and serves its facts once it commits.
/// The server holds a connection of its own for that (<c>ServerConnection</c>): its pools may hold none.
/// </summary>
public sealed class FirstImportBesideServerTests : IDisposable
{
    private const int Files = 80;
    private const int LinesPerFile = 100;

    private readonly TriviaFolder _seeds = new();
    private readonly TriviaFolder _corpus = new();
    private readonly TriviaApiFactory _factory;
    private readonly WebApplicationFactory<Program> _api;

    public FirstImportBesideServerTests()
    {
        _factory = new TriviaApiFactory { SeedsPath = _seeds.Path };

        // The same URL is asked before, during and after the import: the server's output cache must not answer.
        _api = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IOutputCacheStore, NothingCached>()));
    }

    public void Dispose()
    {
        _api.Dispose();
        _factory.Dispose();
        _seeds.Dispose();
        _corpus.Dispose();
    }

    [Fact]
    public async Task The_server_answers_during_a_first_import_from_another_process_and_serves_its_facts_after()
    {
        var client = _api.CreateClient();
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/trivia")).GetProperty("totalCount").GetInt32());
        WriteCorpus();
        var during = new List<(int Count, bool Journal)>();

        // Every progress line the import prints: a small import may print none while it reads its files, but always
        // prints its last steps ("N of N facts: indexing their links", ...) before its commit. A line read here may
        // come after the commit, so the server answers either none of the facts or all of them.
        var import = await AppProcess.WatchAsync($"Data Source={_factory.DatabasePath}", new Dictionary<string, string>(), async line =>
        {
            if (line.Contains(" of ", StringComparison.Ordinal) && line.Contains(" facts", StringComparison.Ordinal))
            {
                during.Add(((await client.GetJsonAsync("/api/v1/trivia")).GetProperty("totalCount").GetInt32(), File.Exists(_factory.DatabasePath + "-journal")));
            }

            return false;
        }, "import", _corpus.Path);

        Assert.True(import.Exit == 0, import.Error);
        Assert.NotEmpty(during);
        Assert.All(during, seen =>
        {
            Assert.False(seen.Journal);
            Assert.Contains(seen.Count, new[] { 0, Files * LinesPerFile });
        });
        Assert.Equal(Files * LinesPerFile, (await client.GetJsonAsync("/api/v1/trivia")).GetProperty("totalCount").GetInt32());
        Assert.Equal("wal", await JournalModeAsync());
    }

    [Fact]
    public async Task A_running_server_keeps_the_file_in_wal_mode_when_its_pools_hold_no_connection()
    {
        (await _api.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode();
        SqliteConnection.ClearAllPools();

        await using var other = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=False");
        await other.OpenAsync();
        _ = SQLitePCL.raw.sqlite3_exec(other.Handle, "PRAGMA journal_mode = DELETE");

        Assert.Equal("wal", await JournalModeAsync());
    }

    private void WriteCorpus()
    {
        for (var film = 1; film <= Files; film++)
        {
            var name = $"filme-ao-lado-{film}";
            _corpus.WriteManifest($"{name}.pt-BR.json", $"Filme ao Lado {film}", 1950 + film);
            _corpus.WriteFacts($"{name}.pt-BR.txt", [.. Enumerable.Range(1, LinesPerFile).Select(line =>
                string.Create(CultureInfo.InvariantCulture, $"A cena {line} do Filme ao Lado {film} foi rodada em Recife, com Lia Moretti no elenco."))]);
        }
    }

    private async Task<string> JournalModeAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
