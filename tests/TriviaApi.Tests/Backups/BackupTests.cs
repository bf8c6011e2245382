using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TriviaApi.Tests.Api;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Backups;

/// <summary>
/// <c>backup PATH</c> writes a consistent copy of the database and its search index while the server runs and while an
/// import holds the write lock, and the README's restore (copy both into place, start) serves what was backed up.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly TriviaApiFactory _api = new();
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"trivia-backup-{Guid.NewGuid():N}")).FullName;

    private string Backup => Path.Combine(_folder, "copia.db");

    public void Dispose()
    {
        _api.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_backup_taken_while_the_server_runs_restores_to_the_same_facts_and_searches()
    {
        var before = await SnapshotAsync(_api);

        var (exit, output, error) = await AppProcess.RunAsync($"Data Source={_api.DatabasePath}", "backup", Backup);

        Assert.True(exit == 0, error);
        Assert.Contains("Search index copied", output, StringComparison.Ordinal);
        using var restored = Restore();
        Assert.Equal(before, await SnapshotAsync(restored));
    }

    [Fact]
    public async Task A_backup_while_an_import_holds_the_write_lock_finishes_and_holds_the_last_commit()
    {
        await _api.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
        var original = await TextOfFirstFactAsync(_api.DatabasePath);
        await using var import = new SqliteConnection($"Data Source={_api.DatabasePath};Pooling=False");
        await import.OpenAsync();
        await using var transaction = await import.BeginTransactionAsync();
        await using (var write = import.CreateCommand())
        {
            write.CommandText = "UPDATE Facts SET Text = 'Um texto que a importação ainda não confirmou.' WHERE Id = 1";
            await write.ExecuteNonQueryAsync();
        }

        var (exit, _, error) = await AppProcess.RunAsync($"Data Source={_api.DatabasePath}", "backup", Backup);

        Assert.True(exit == 0, error);
        Assert.Equal(original, await TextOfFirstFactAsync(Backup));
    }

    [Fact]
    public async Task An_index_behind_the_database_is_rebuilt_from_the_copy_and_the_restore_serves_search()
    {
        var before = await SnapshotAsync(_api);
        await using (var connection = new SqliteConnection($"Data Source={_api.DatabasePath};Pooling=False"))
        {
            // As if an import from another process had committed the database and not yet its index.
            await connection.OpenAsync();
            await using var advance = connection.CreateCommand();
            advance.CommandText = "PRAGMA user_version = 4242";
            await advance.ExecuteNonQueryAsync();
        }

        var (exit, output, error) = await AppProcess.RunAsync($"Data Source={_api.DatabasePath}", "backup", Backup);

        Assert.True(exit == 0, error);
        Assert.Contains("rebuilt from the copy", output, StringComparison.Ordinal);
        using var restored = Restore();
        Assert.Equal(before, await SnapshotAsync(restored));
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file()
    {
        await File.WriteAllTextAsync(Backup, "um arquivo que já estava aqui");

        var (exit, _, error) = await AppProcess.RunAsync($"Data Source={_api.DatabasePath}", "backup", Backup);

        Assert.Equal(2, exit);
        Assert.Contains("never overwrites", error, StringComparison.Ordinal);
        Assert.Equal("um arquivo que já estava aqui", await File.ReadAllTextAsync(Backup));
    }

    /// <summary>The README's restore: the copy and its index put where the server's database and index go.</summary>
    private TriviaApiFactory Restore()
    {
        var database = Path.Combine(_folder, "restaurado", "trivia.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        File.Copy(Backup, database);
        var index = Path.ChangeExtension(database, ".search");
        Directory.CreateDirectory(index);
        foreach (var file in Directory.EnumerateFiles(Path.ChangeExtension(Backup, ".search")))
        {
            File.Copy(file, Path.Combine(index, Path.GetFileName(file)));
        }

        return new TriviaApiFactory { DatabasePath = database };
    }

    private static async Task<string> SnapshotAsync(TriviaApiFactory api)
    {
        var client = api.CreateClient();
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var facts = await TotalAsync(client, "/api/v1/trivia?pageSize=1");
        var piano = await TotalAsync(client, "/api/v1/trivia?q=piano&pageSize=1");
        var people = await TotalAsync(client, "/api/v1/people?pageSize=1");
        return $"ready {ready.StatusCode}, facts {facts}, piano {piano}, people {people}";
    }

    private static async Task<int> TotalAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("totalCount").GetInt32();
    }

    private static async Task<string> TextOfFirstFactAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT Text FROM Facts WHERE Id = 1";
        return (string)(await read.ExecuteScalarAsync())!;
    }
}
