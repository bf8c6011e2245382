using Microsoft.Data.Sqlite;
using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Faults;

/// <summary>
/// A database file another process holds locked (<c>BEGIN EXCLUSIVE</c> on a connection of the test process, while the
/// app runs as a child process): the server and the import command say so at once, naming the file and how long they
/// wait; a lock released in time lets them go on, and one held past the busy timeout ends them with one line and exit
/// 1. The refusals run with a busy timeout of 2 s (<c>Default Timeout</c>), so each ends in seconds.
/// </summary>
public sealed class LockedDatabaseTests(LockedDatabaseTests.SeededFile seeded) : IClassFixture<LockedDatabaseTests.SeededFile>, IDisposable
{
    private const string Locked = "is locked by another process";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"trivia-locked-{Guid.NewGuid():N}")).FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_server_says_at_once_that_it_waits_then_refuses_in_one_line_and_exits_1()
    {
        // Without a write-ahead log (a published copy), an exclusive lock keeps readers out too.
        var file = await CopyAsync("rollback.db", "DELETE");
        await using var holder = await LockAsync(file);

        var run = await AppProcess.RunAsync($"Data Source={file};Default Timeout=2");

        AssertRefused(run, file);
    }

    [Theory]
    [InlineData("WAL")]
    [InlineData("DELETE")]
    public async Task The_import_command_says_at_once_that_it_waits_then_refuses_in_one_line_and_exits_1(string journal)
    {
        var file = await CopyAsync($"{journal}.db", journal);
        await using var holder = await LockAsync(file);

        var run = await AppProcess.RunAsync($"Data Source={file};Default Timeout=2", ImportCommand.Name, NewTriviaFile());

        AssertRefused(run, file);
    }

    [Fact]
    public async Task An_import_that_finds_the_file_locked_says_so_and_goes_on_when_the_lock_is_released()
    {
        var file = await CopyAsync("released.db", "WAL");
        var holder = await LockAsync(file);

        // The default busy timeout (30 s): the lock is released as soon as the importer says it waits.
        var run = await AppProcess.WatchAsync($"Data Source={file}", new Dictionary<string, string>(), async line =>
        {
            if (line.Contains(Locked, StringComparison.Ordinal))
            {
                await holder.DisposeAsync();
            }

            return false;
        }, ImportCommand.Name, NewTriviaFile());

        await holder.DisposeAsync();
        Assert.True(run.Exit == 0, $"exit {run.Exit}: {run.Error}");
        Assert.Contains($"The database {file} {Locked}", run.Output, StringComparison.Ordinal);
        Assert.Contains("waiting up to 30 s", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"facts:\s+1 added", run.Output);
    }

    [Fact]
    public async Task A_server_that_finds_the_file_locked_says_so_and_starts_when_the_lock_is_released()
    {
        var file = await CopyAsync("released-server.db", "DELETE");
        var holder = await LockAsync(file);
        var listening = new Dictionary<string, string> { ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information" };

        var run = await AppProcess.WatchAsync($"Data Source={file}", listening, async line =>
        {
            if (line.Contains(Locked, StringComparison.Ordinal))
            {
                await holder.DisposeAsync();
            }

            return line.Contains("Now listening on", StringComparison.Ordinal);
        });

        await holder.DisposeAsync();
        Assert.True(run.Exit is null, $"exit {run.Exit}: {run.Error}");
        Assert.Contains($"The database {file} {Locked}", run.Output, StringComparison.Ordinal);
    }

    private static void AssertRefused((int Exit, string Output, string Error) run, string file)
    {
        Assert.True(run.Exit == 1, $"exit {run.Exit}: {run.Error}");
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains($"The database {file} {Locked}", line, StringComparison.Ordinal);
        Assert.Contains($"The database {file} {Locked} (an import or a backup?); waiting up to 2 s", run.Output, StringComparison.Ordinal);
    }

    /// <summary>A copy of the seeded database in the given journal mode.</summary>
    private async Task<string> CopyAsync(string name, string journal)
    {
        var file = Path.Combine(_folder, name);
        File.Copy(seeded.Path, file);
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var mode = connection.CreateCommand();
        mode.CommandText = $"PRAGMA journal_mode = {journal}";
        await mode.ExecuteNonQueryAsync();
        return file;
    }

    /// <summary>A connection of this process holding the file's exclusive lock until it is disposed.</summary>
    private static async Task<SqliteConnection> LockAsync(string file)
    {
        var holder = new SqliteConnection($"Data Source={file};Pooling=False");
        await holder.OpenAsync();
        await using var exclusive = holder.CreateCommand();
        exclusive.CommandText = "BEGIN EXCLUSIVE";
        await exclusive.ExecuteNonQueryAsync();
        return holder;
    }

    /// <summary>A trivia file the database has not seen, so the import must write.</summary>
    private string NewTriviaFile()
    {
        var file = Path.Combine(_folder, "a-ilha.pt-BR.txt");
        File.WriteAllText(file, "A ilha do filme era, na verdade, um banco de areia no litoral do Maranhão.\n");
        File.WriteAllText(Path.ChangeExtension(file, ".json"), """{ "title": "A Ilha de Areia", "year": 1979 }""");
        return file;
    }

    /// <summary>The seed imported once by the app itself into a file the tests copy.</summary>
    public sealed class SeededFile : IAsyncLifetime
    {
        private readonly string _folder = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"trivia-locked-seed-{Guid.NewGuid():N}")).FullName;

        public string Path => System.IO.Path.Combine(_folder, "seeded.db");

        public async Task InitializeAsync()
        {
            var seeded = await AppProcess.RunAsync($"Data Source={Path}", ImportCommand.Name, Seed.Folder);
            Assert.True(seeded.Exit == 0, seeded.Error);

            // One file, without a log beside it, that the tests copy whole.
            await using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }

        public Task DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
