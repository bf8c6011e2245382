using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using TriviaApi.Data;
using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Data;

/// <summary>
/// The import's raw SQL writers take every table and column name from the EF model, so a configuration that renames
/// one cannot leave a writer behind.
/// </summary>
public sealed class StoredNamesTests
{
    [Fact]
    public async Task An_import_writes_the_same_rows_when_every_table_and_column_has_another_name()
    {
        await using var usual = await TestDatabase.CreateAsync();
        await usual.ImportAsync(Seed.Folder);
        await using var renamedFile = await TestDatabase.CreateAsync();
        await using var renamed = RenamedContext(renamedFile);
        await renamed.Database.EnsureDeletedAsync();
        await renamed.Database.EnsureCreatedAsync();

        await new KnowledgeBaseImporter(renamed).ImportAsync(TriviaSourceLoader.Load([Seed.Folder]));

        var tables = await renamed.Database.SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
        Assert.Contains("renamed_Facts", tables);
        Assert.DoesNotContain("Facts", tables);
        renamed.ChangeTracker.Clear();
        Assert.Equal(await DatabaseSnapshot.TakeAsync(usual), await DatabaseSnapshot.TakeAsync(renamed));
    }

    private static TriviaDbContext RenamedContext(TestDatabase database) =>
        new(new DbContextOptionsBuilder<TriviaDbContext>().UseSqlite(database.ConnectionString)
            .ReplaceService<IModelCustomizer, EveryNameChanged>().Options);

    /// <summary>The app's model, with <c>renamed_</c> before every table's name and <c>was_</c> before every column's.</summary>
    private sealed class EveryNameChanged(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            foreach (var entity in modelBuilder.Model.GetEntityTypes())
            {
                entity.SetTableName("renamed_" + entity.GetTableName());
                foreach (var property in entity.GetProperties())
                {
                    property.SetColumnName("was_" + property.GetColumnName());
                }
            }
        }
    }
}
