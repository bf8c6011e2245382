using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Data;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Data;

public class MemoryMappedReadsTests(TriviaApiFactory factory) : IClassFixture<TriviaApiFactory>
{
    [Fact]
    public async Task The_apps_connections_read_the_database_memory_mapped()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TriviaDbContext>();

        await db.Database.OpenConnectionAsync();
        await using var pragma = db.Database.GetDbConnection().CreateCommand();
        pragma.CommandText = "PRAGMA mmap_size";
        var mapped = Convert.ToInt64(await pragma.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(mapped > 0, $"mmap_size is {mapped}");
    }
}
