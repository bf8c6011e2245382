using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Data;

public sealed class DeferredIndexesTests : IDisposable
{
    private readonly TriviaFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_indexes_are_dropped_and_made_again_as_the_database_declared_them()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var before = await SchemaAsync(db);

        var deferred = DeferredIndexes.Drop(db, typeof(FactPerson), typeof(FactTag));
        var during = await SchemaAsync(db);
        deferred.Restore();

        Assert.Equal(["IX_FactPeople_PersonId_FactId", "IX_FactTags_TagId_FactId"], before.Except(during).Select(d => d.Split(' ')[0]));
        Assert.Equal(before, await SchemaAsync(db));
    }

    [Fact]
    public async Task Making_the_indexes_gives_the_bulk_write_its_enlarged_cache_back()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        using var bulkWrite = PageCache.Resize(db, 64);
        var deferred = DeferredIndexes.Drop(db, typeof(FactPerson), typeof(FactTag));

        deferred.Restore();

        Assert.Equal(-65_536, await CacheSizeAsync(db));
    }

    [Fact]
    public async Task A_rolled_back_transaction_keeps_the_indexes()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var before = await SchemaAsync(db);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            DeferredIndexes.Drop(db, typeof(FactPerson), typeof(FactFilm), typeof(FactCharacter), typeof(FactTag));
            await transaction.RollbackAsync();
        }

        Assert.Equal(before, await SchemaAsync(db));
    }

    [Fact]
    public async Task A_first_import_and_a_failed_one_leave_the_schema_the_migrations_made()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var migrated = await SchemaAsync(db);

        await database.ImportAsync(Seed.TextPath);
        Assert.Equal(migrated, await SchemaAsync(db));

        // As large as what the database holds, so its links are indexed at the end too; it is gone when its turn comes.
        _folder.WriteFacts("whiplash.pt-BR.txt", [.. Seed.Lines, .. Seed.Lines]);
        _folder.WriteManifest("whiplash.pt-BR.json", "Whiplash - Em Busca da Perfeição", 2014);
        var sources = TriviaSourceLoader.Load([_folder.Path]);
        File.Delete(_folder.PathOf("whiplash.pt-BR.txt"));
        await Assert.ThrowsAnyAsync<IOException>(() => database.ImportAsync(sources));
        Assert.Equal(migrated, await SchemaAsync(db));
    }

    private static Task<long> CacheSizeAsync(TriviaDbContext db) =>
        db.Database.SqlQueryRaw<long>("SELECT cache_size AS Value FROM pragma_cache_size").SingleAsync();

    private static Task<List<string>> SchemaAsync(TriviaDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT name || ' ' || tbl_name || ' ' || COALESCE(sql, '') AS Value FROM sqlite_master WHERE type = 'index' ORDER BY name").ToListAsync();
}
