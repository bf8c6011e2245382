using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace TriviaApi.Tests.Api;

/// <summary>The API over its own SQLite file, which start-up creates and fills from the seeds, as on a fresh clone.</summary>
public sealed class TriviaApiFactory : WebApplicationFactory<Program>
{
    /// <summary>
    /// The database file the API serves, made afresh unless a test gives one (a restored backup); its search index is
    /// the folder beside it with <c>.search</c>. Both are deleted with the factory.
    /// </summary>
    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), $"trivia-api-{Guid.NewGuid():N}.db");

    /// <summary>A folder of trivia files to seed from instead of the repository's <c>seeds/</c>.</summary>
    public string? SeedsPath { get; init; }

    /// <summary>
    /// Configuration on top of the defaults. Tests share one client address, so session creation is limited only
    /// where a test sets <c>Sessions:CreationsPerMinute</c> itself.
    /// </summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Every response the integration tests receive is held to the served OpenAPI document.
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, Contract.ContractCheck>());
        builder.UseSetting("ConnectionStrings:Trivia", $"Data Source={DatabasePath}");
        builder.UseSetting("Sessions:CreationsPerMinute", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (SeedsPath is not null)
        {
            builder.UseSetting("Seeds:Path", SeedsPath);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        var sessions = Path.ChangeExtension(DatabasePath, ".sessions.db");
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm", sessions, sessions + "-wal", sessions + "-shm" })
        {
            File.Delete(file);
        }

        // The search index and the Data Protection keys sit beside the database, in folders of the same name.
        foreach (var folder in new[] { Path.ChangeExtension(DatabasePath, ".search"), Path.ChangeExtension(DatabasePath, ".keys") })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
