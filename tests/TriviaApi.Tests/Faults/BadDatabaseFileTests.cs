using Microsoft.Data.Sqlite;
using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Faults;

/// <summary>
/// A database file that cannot be used stops the server and the import command with exit 1 and one line naming the
/// file, never an abort with a stack trace. Each case runs the built app as a child process, as an operator would.
/// </summary>
public sealed class BadDatabaseFileTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"trivia-faults-{Guid.NewGuid():N}")).FullName;
    private string _goodFile = null!;

    private string File(string name) => Path.Combine(_folder, name);

    public async Task InitializeAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(Seed.TextPath);
        SqliteConnection.ClearAllPools();
        _goodFile = File("good.db");
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var copy = connection.CreateCommand();
        copy.CommandText = $"VACUUM INTO '{_goodFile}'";
        await copy.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    public static TheoryData<string, string> Damages => new()
    {
        { "plain text", "is not a SQLite database" },
        { "random bytes", "is not a SQLite database" },
        { "cut short", "is truncated" },
        { "pages overwritten", "is corrupt" },
        { "an earlier schema", "was made by an earlier schema" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task The_server_refuses_a_damaged_file_in_one_line_and_exits_1(string damage, string saying)
    {
        var file = Damage(damage);

        var run = await AppProcess.RunAsync($"Data Source={file}");

        AssertRefused(run, file, saying);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task The_import_command_refuses_a_damaged_file_in_one_line_and_exits_1(string damage, string saying)
    {
        var file = Damage(damage);

        var run = await AppProcess.RunAsync($"Data Source={file}", ImportCommand.Name, Seed.TextPath);

        AssertRefused(run, file, saying);
    }

    private static void AssertRefused((int Exit, string Output, string Error) run, string file, string saying)
    {
        Assert.True(run.Exit == 1, $"exit {run.Exit}: {run.Error}");
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.Contains(file, line, StringComparison.Ordinal);
        Assert.Contains(saying, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
    }

    private string Damage(string damage)
    {
        var file = File(damage.Replace(' ', '-') + ".db");
        var good = System.IO.File.ReadAllBytes(_goodFile);
        var random = new Random(16);
        switch (damage)
        {
            case "plain text":
                System.IO.File.WriteAllText(file, "Curiosidades de cinema, uma por linha.\n");
                break;
            case "random bytes":
                var noise = new byte[8192];
                random.NextBytes(noise);
                System.IO.File.WriteAllBytes(file, noise);
                break;
            case "cut short":
                System.IO.File.WriteAllBytes(file, good[..(good.Length / 3)]);
                break;
            case "an earlier schema":
                // A database made by a migration this build no longer has (the schema's history before it was made one).
                System.IO.File.WriteAllBytes(file, good);
                using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
                {
                    connection.Open();
                    using var earlier = connection.CreateCommand();
                    earlier.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('20261205004428_FactsReferToTheirFile', '10.0.15')";
                    earlier.ExecuteNonQuery();
                }

                break;
            default:
                // Every page but the first (the schema) overwritten: the tables the app reads are garbage.
                random.NextBytes(good.AsSpan(4096));
                System.IO.File.WriteAllBytes(file, good);
                break;
        }

        return file;
    }
}
