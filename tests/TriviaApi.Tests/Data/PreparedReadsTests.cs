using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Data;

public sealed class PreparedReadsTests
{
    private const string FactTexts = "SELECT \"Text\" FROM \"Facts\" WHERE \"Id\" > @after ORDER BY \"Id\"";

    [Fact]
    public async Task A_read_on_a_connection_kept_open_sees_what_was_imported_after_its_last_read()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var reads = new PreparedReads(new DatabaseFile(database.ConnectionString));
        Assert.Empty(Texts(reads));

        await database.ImportAsync(Seed.TextPath);

        await using var db = database.NewContext();
        Assert.Equal(await db.Facts.OrderBy(f => f.Id).Select(f => f.Text).ToListAsync(), Texts(reads));
    }

    [Fact]
    public async Task Reads_at_the_same_time_each_get_a_connection_of_their_own()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(Seed.TextPath);
        using var reads = new PreparedReads(new DatabaseFile(database.ConnectionString));

        // A read inside another read's row loop would see its own rows cut short on a shared connection's command.
        var nested = reads.Read(FactTexts, rows =>
        {
            var counts = new List<int>();
            while (rows.Read())
            {
                counts.Add(Texts(reads).Count);
            }

            return counts;
        }, ("@after", 0));

        Assert.NotEmpty(nested);
        Assert.All(nested, count => Assert.Equal(nested.Count, count));
    }

    [Fact]
    public async Task A_failed_read_throws_and_the_next_read_succeeds()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(Seed.TextPath);
        using var reads = new PreparedReads(new DatabaseFile(database.ConnectionString));

        Assert.Throws<InvalidOperationException>(() => reads.Read<int>(FactTexts, _ => throw new InvalidOperationException("the reader failed"), ("@after", 0)));

        Assert.NotEmpty(Texts(reads));
    }

    private static List<string> Texts(PreparedReads reads) => reads.Read(FactTexts, rows =>
    {
        var texts = new List<string>();
        while (rows.Read())
        {
            texts.Add(rows.GetString(0));
        }

        return texts;
    }, ("@after", 0));
}
