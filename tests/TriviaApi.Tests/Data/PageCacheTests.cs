using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Data;

public sealed class PageCacheTests
{
    [Fact]
    public async Task The_cache_is_enlarged_while_held_and_set_back_as_it_was_after()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        var before = await CacheSizeAsync(db);

        using (PageCache.Resize(db, 64))
        {
            Assert.Equal(-65_536, await CacheSizeAsync(db));
        }

        Assert.Equal(before, await CacheSizeAsync(db));
    }

    [Fact]
    public async Task An_import_gives_its_connection_back_to_the_pool_with_sqlites_default_cache()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(Seed.TextPath);

        // The pool of this database's connection string holds the connection the import used.
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        Assert.Equal(-2_000, await CacheSizeAsync(db));
    }

    private static Task<long> CacheSizeAsync(TriviaDbContext db) =>
        db.Database.SqlQueryRaw<long>("SELECT cache_size AS Value FROM pragma_cache_size").SingleAsync();
}
