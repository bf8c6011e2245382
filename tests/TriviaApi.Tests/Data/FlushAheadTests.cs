using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Data;

public sealed class FlushAheadTests
{
    [Fact]
    public async Task Flushing_ahead_leaves_the_transaction_to_commit_what_it_wrote()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            await db.Database.OpenConnectionAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("INSERT INTO Tags (Slug, NamePt, NameEn, Description) VALUES ('xilofone', 'Xilofone', 'Xylophone', '')");

            await FlushAhead.StartAsync((SqliteConnection)db.Database.GetDbConnection());
            await transaction.CommitAsync();
        }

        await using var check = database.NewContext();
        Assert.True(await check.Tags.AnyAsync(t => t.Slug == "xilofone"));
    }

    [Fact]
    public async Task A_database_in_memory_has_no_file_to_flush()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();

        await FlushAhead.StartAsync(connection);

        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }
}
