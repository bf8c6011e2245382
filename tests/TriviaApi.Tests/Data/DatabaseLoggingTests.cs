using Microsoft.Data.Sqlite;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Data;

/// <summary>The app run from a folder without appsettings.json logs as quietly as with it: no line per SQL command.</summary>
public sealed class DatabaseLoggingTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"trivia-logging-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }

        if (Directory.Exists(Path.ChangeExtension(_database, ".search")))
        {
            Directory.Delete(Path.ChangeExtension(_database, ".search"), recursive: true);
        }
    }

    [Fact]
    public async Task Without_appsettings_the_sql_commands_are_not_logged_even_at_information()
    {
        var information = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Information" };

        var (exit, output, error) = await AppProcess.RunAsync($"Data Source={_database}", information, "import", Seed.Folder);

        Assert.True(exit == 0, error);
        Assert.DoesNotContain("Executed DbCommand", output + error, StringComparison.Ordinal);
    }
}
