using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using TriviaApi.Data;
using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Data;

public sealed class SchemaTests
{
    [Fact]
    public async Task The_schema_starts_from_one_initial_migration() =>
        Assert.Equal("InitialSchema", (await NewDatabaseMigrationsAsync()).Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]).First());

    [Fact]
    public async Task A_database_made_by_the_initial_schema_is_upgraded_by_every_later_migration_and_imports()
    {
        var path = Path.Combine(Path.GetTempPath(), $"trivia-initial-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<TriviaDbContext>().UseSqlite($"Data Source={path}").Options;
        try
        {
            await using (var initial = new TriviaDbContext(options))
            {
                await initial.GetService<IMigrator>().MigrateAsync("InitialSchema");
            }

            await using var db = new TriviaDbContext(options);
            var tags = await db.Tags.CountAsync();

            await db.UpgradeSchemaAsync();
            var report = await new KnowledgeBaseImporter(db).ImportAsync(TriviaSourceLoader.Load([Seed.TextPath]));

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(tags, await db.Tags.CountAsync());
            Assert.Equal(24, report.Facts.Added);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_database_from_an_earlier_schema_is_refused_with_a_message_to_reimport()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('20261129090000_RecodeSearchPostings', '10.0.15')");
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:" + DatabaseSetup.ConnectionStringName, database.ConnectionString), new("Seeds:Path", "no-seeds-here")])
            .Build();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddTriviaDatabase(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath() })
            .BuildServiceProvider();

        var refused = await Assert.ThrowsAsync<EarlierSchemaException>(() => services.PrepareDatabaseAsync());

        Assert.Contains("earlier schema", refused.Message, StringComparison.Ordinal);
        Assert.Contains("re-import", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<List<string>> NewDatabaseMigrationsAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        return (await db.Database.GetAppliedMigrationsAsync()).ToList();
    }
}
