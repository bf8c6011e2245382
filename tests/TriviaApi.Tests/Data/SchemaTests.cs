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
    public async Task A_database_made_by_the_initial_schema_is_upgraded_by_every_later_migration_and_imports() =>
        await WithDatabaseMigratedToAsync("InitialSchema", async db =>
        {
            var tags = await db.Tags.CountAsync();

            await db.UpgradeSchemaAsync();
            var report = await new KnowledgeBaseImporter(db).ImportAsync(TriviaSourceLoader.Load([Seed.TextPath]));

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(tags, await db.Tags.CountAsync());
            Assert.Equal(24, report.Facts.Added);
        });

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
    public async Task Links_written_before_the_link_tables_lost_their_rowids_are_kept_by_the_upgrade() =>
        await WithSeedMigratedDownToAsync("SessionsInTheirOwnStore", async db =>
        {
            var before = await LinksAsync(db);
            Assert.DoesNotContain("WITHOUT ROWID", await TableSqlAsync(db, "FactPeople"), StringComparison.Ordinal);

            await db.UpgradeSchemaAsync();

            Assert.Equal(before.Order(), (await LinksAsync(db)).Order());
            Assert.Contains(before, l => l.StartsWith("person ", StringComparison.Ordinal));
            Assert.Contains(before, l => l.StartsWith("tag ", StringComparison.Ordinal));
            Assert.EndsWith("WITHOUT ROWID", await TableSqlAsync(db, "FactPeople"), StringComparison.Ordinal);
        });

    [Fact]
    public async Task Facts_hashed_in_full_before_the_hashes_were_shortened_are_found_again_when_their_file_changes()
    {
        using var folder = new TriviaFolder();
        await WithSeedMigratedDownToAsync("LinksWithoutRowId", async db =>
        {
            foreach (var text in await db.Database.SqlQuery<string>($"SELECT Text AS Value FROM Facts").ToListAsync())
            {
                // As the import hashed a fact before: all 256 bits.
                var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
                await db.Database.ExecuteSqlAsync($"UPDATE Facts SET ContentHash = {hash} WHERE Text = {text}");
            }

            var ids = await db.Database.SqlQuery<int>($"SELECT Id AS Value FROM Facts ORDER BY Id").ToListAsync();

            await db.UpgradeSchemaAsync();
            await AssertTheSeedsFactsAreFoundWhenALineOpensTheFileAsync(db, folder, ids);
            Assert.All(await db.Facts.ToListAsync(), f => Assert.Equal(ContentHash.Of(f.Text), f.ContentHash));
        });
    }

    [Fact]
    public async Task Facts_stored_with_their_file_name_and_language_keep_their_ids_lines_languages_and_links_when_they_refer_to_their_file() =>
        await WithSeedMigratedDownToAsync("ShorterContentHashes", async db =>
        {
            var before = await db.Database.SqlQuery<string>($"SELECT Id || ' ' || SourceFile || ':' || SourceLine || ' ' || Language AS Value FROM Facts").ToListAsync();
            var links = await LinksAsync(db);

            await db.UpgradeSchemaAsync();

            var after = (await db.Facts.Select(f => new { f.Id, f.SourceFile.FileName, f.SourceLine, f.SourceFile.Language }).ToListAsync())
                .Select(f => $"{f.Id} {f.FileName}:{f.SourceLine} {f.Language}");
            Assert.Equal(24, before.Count);
            Assert.Equal(before.Order(), after.Order());
            Assert.Equal(links.Order(), (await LinksAsync(db)).Order());
        });

    [Fact]
    public async Task A_file_whose_facts_were_imported_before_files_were_recorded_is_read_again_and_finds_its_facts_after_the_upgrade()
    {
        using var folder = new TriviaFolder();
        await WithSeedMigratedDownToAsync("ShorterContentHashes", async db =>
        {
            // As before ImportedFiles: facts of a file with no record of it.
            await db.Database.ExecuteSqlAsync($"DELETE FROM ImportedFiles");
            var ids = await db.Database.SqlQuery<int>($"SELECT Id AS Value FROM Facts ORDER BY Id").ToListAsync();

            await db.UpgradeSchemaAsync();
            await AssertTheSeedsFactsAreFoundWhenALineOpensTheFileAsync(db, folder, ids);
            Assert.Equal(Seed.TextName, (await db.ImportedFiles.SingleAsync()).FileName);
        });
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

    /// <summary>
    /// Imports the seed again with a new first line: every fact already there (<paramref name="ids"/>) must be found by
    /// its text and kept, one line below, and only the new line added.
    /// </summary>
    private static async Task AssertTheSeedsFactsAreFoundWhenALineOpensTheFileAsync(TriviaDbContext db, TriviaFolder folder, List<int> ids)
    {
        File.Copy(Seed.ManifestPath, folder.PathOf(Seed.ManifestName));
        folder.WriteFacts(Seed.TextName, ["Uma linha nova abre o arquivo.", .. Seed.Lines]);
        var report = await new KnowledgeBaseImporter(db).ImportAsync(TriviaSourceLoader.Load([folder.Path]));

        Assert.Equal((1, 0, 0, ids.Count), (report.Facts.Added, report.Facts.Updated, report.Facts.Removed, report.UnchangedFacts));
        Assert.Equal(ids, await db.Facts.Where(f => f.SourceLine > 1).OrderBy(f => f.Id).Select(f => f.Id).ToListAsync());
    }

    /// <summary>Runs <paramref name="test"/> on a database file of its own, migrated up to <paramref name="migration"/> (null: the latest).</summary>
    private static async Task WithDatabaseMigratedToAsync(string? migration, Func<TriviaDbContext, Task> test)
    {
        var path = Path.Combine(Path.GetTempPath(), $"trivia-{migration ?? "latest"}-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<TriviaDbContext>().UseSqlite($"Data Source={path}").Options;
        try
        {
            await using (var migrating = new TriviaDbContext(options))
            {
                await migrating.GetService<IMigrator>().MigrateAsync(migration);
            }

            await using var db = new TriviaDbContext(options);
            await test(db);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    /// <summary>
    /// Runs <paramref name="test"/> on a database file of its own holding the seed as this build imports it, migrated
    /// down to <paramref name="migration"/>: how an earlier build's data is made, by what this build can run.
    /// </summary>
    private static Task WithSeedMigratedDownToAsync(string migration, Func<TriviaDbContext, Task> test) =>
        WithDatabaseMigratedToAsync(null, async db =>
        {
            await new KnowledgeBaseImporter(db).ImportAsync(TriviaSourceLoader.Load([Seed.TextPath]));
            await db.GetService<IMigrator>().MigrateAsync(migration);
            db.ChangeTracker.Clear();
            await test(db);
        });

    private static async Task<string> TableSqlAsync(TriviaDbContext db, string table) =>
        await db.Database.SqlQuery<string>($"SELECT sql AS Value FROM sqlite_master WHERE type = 'table' AND name = {table}").SingleAsync();

    /// <summary>Every link, as text: "person FACT PERSON PROFESSIONS", "film FACT FILM" and so on.</summary>
    private static async Task<List<string>> LinksAsync(TriviaDbContext db) =>
    [
        .. (await db.FactPeople.AsNoTracking().ToListAsync()).Select(l => $"person {l.FactId} {l.PersonId} {string.Join(',', l.Professions)}"),
        .. (await db.FactFilms.AsNoTracking().ToListAsync()).Select(l => $"film {l.FactId} {l.FilmId}"),
        .. (await db.FactCharacters.AsNoTracking().ToListAsync()).Select(l => $"character {l.FactId} {l.CharacterId}"),
        .. (await db.FactTags.AsNoTracking().ToListAsync()).Select(l => $"tag {l.FactId} {l.TagId}"),
    ];

    private static async Task<List<string>> NewDatabaseMigrationsAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        return (await db.Database.GetAppliedMigrationsAsync()).ToList();
    }
}
