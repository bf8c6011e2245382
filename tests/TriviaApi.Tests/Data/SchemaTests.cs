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
    public async Task The_schema_is_one_initial_migration() =>
        Assert.Equal(["InitialSchema"], (await NewDatabaseMigrationsAsync()).Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]));

    [Theory]
    [InlineData("FactPeople")]
    [InlineData("FactFilms")]
    [InlineData("FactCharacters")]
    [InlineData("FactTags")]
    public async Task A_link_table_is_stored_by_its_primary_key_without_rowids(string table)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.EndsWith("WITHOUT ROWID", await TableSqlAsync(db, table), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_from_an_earlier_schema_is_refused_with_a_message_to_reimport()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            // The last migration of the schema's history before it was made one again.
            await db.Database.ExecuteSqlAsync($"INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('20261205004428_FactsReferToTheirFile', '10.0.15')");
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:" + DatabaseSetup.ConnectionStringName, database.ConnectionString), new("Seeds:Path", "no-seeds-here")])
            .Build();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddTriviaDatabase(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath() })
            .BuildServiceProvider();

        var refused = await Assert.ThrowsAsync<DatabaseFaultException>(() => services.PrepareDatabaseAsync());

        Assert.Contains("earlier schema", refused.Message, StringComparison.Ordinal);
        Assert.Contains("re-import", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<string> TableSqlAsync(TriviaDbContext db, string table) =>
        await db.Database.SqlQuery<string>($"SELECT sql AS Value FROM sqlite_master WHERE type = 'table' AND name = {table}").SingleAsync();

    private static async Task<List<string>> NewDatabaseMigrationsAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        return (await db.Database.GetAppliedMigrationsAsync()).ToList();
    }
}
