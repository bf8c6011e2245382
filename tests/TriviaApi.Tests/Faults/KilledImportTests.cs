using System.Globalization;
using Microsoft.Data.Sqlite;
using TriviaApi.Tests.Api;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Faults;

/// <summary>
/// An importer killed with <c>kill -9</c> while it writes leaves the database as it was (intact, the same counts),
/// and the next import of the same files completes; a first import, killed, leaves a database a server starts on.
/// </summary>
public sealed class KilledImportTests : IDisposable
{
    // Enough facts that the importer reports progress (after its first second) well before it commits.
    private const int Files = 80;
    private const int LinesPerFile = 100;

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"trivia-killed-{Guid.NewGuid():N}")).FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "trivia.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task An_import_killed_mid_run_leaves_the_database_unchanged_and_the_next_one_completes()
    {
        var seeded = await AppProcess.RunAsync(ConnectionString, "import", Seed.Folder);
        Assert.True(seeded.Exit == 0, seeded.Error);
        var before = await CountsAsync();
        var corpus = WriteCorpus();

        var killedAt = await AppProcess.KillAtLineAsync(ConnectionString, line => line.Contains(" facts (", StringComparison.Ordinal), "import", corpus);

        Assert.NotNull(killedAt);
        Assert.Equal("ok", await ScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Equal(before, await CountsAsync());
        var next = await AppProcess.RunAsync(ConnectionString, "import", corpus);
        Assert.True(next.Exit == 0, next.Error);
        Assert.Equal(before.Facts + (Files * LinesPerFile), (await CountsAsync()).Facts);
    }

    [Fact]
    public async Task A_first_import_killed_mid_run_leaves_no_facts_and_a_server_started_on_it_seeds_and_serves()
    {
        var corpus = WriteCorpus();

        // Into a database without facts the import writes in rollback-journal mode: killed, it leaves its journal.
        var killedAt = await AppProcess.KillAtLineAsync(ConnectionString, line => line.Contains(" facts (", StringComparison.Ordinal), "import", corpus);

        Assert.NotNull(killedAt);
        Assert.True(File.Exists(Path.Combine(_folder, "trivia.db-journal")));
        using var api = new TriviaApiFactory { DatabasePath = Path.Combine(_folder, "trivia.db") };
        var served = await api.CreateClient().GetJsonAsync("/api/v1/trivia");

        Assert.True(served.GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal("ok", await ScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT COUNT(*) FROM Facts WHERE Text LIKE '%Filme de Teste%'"));
        Assert.Equal("wal", await ScalarAsync<string>("PRAGMA journal_mode"));
    }

    private string WriteCorpus()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        for (var film = 1; film <= Files; film++)
        {
            var name = $"filme-de-teste-{film}";
            File.WriteAllText(Path.Combine(corpus, $"{name}.pt-BR.json"), $$"""{"title": "Filme de Teste {{film}}", "year": {{1950 + film}}, "language": "pt-BR"}""");
            File.WriteAllLines(Path.Combine(corpus, $"{name}.pt-BR.txt"), Enumerable.Range(1, LinesPerFile).Select(line =>
                string.Create(CultureInfo.InvariantCulture, $"A cena {line} do Filme de Teste {film} foi rodada em Salvador, com Lia Moretti e Otto Brandão no elenco.")));
        }

        return corpus;
    }

    private async Task<(long Facts, long Films, long People)> CountsAsync() =>
        (await ScalarAsync<long>("SELECT COUNT(*) FROM Facts"), await ScalarAsync<long>("SELECT COUNT(*) FROM Films"), await ScalarAsync<long>("SELECT COUNT(*) FROM People"));

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"{ConnectionString};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
