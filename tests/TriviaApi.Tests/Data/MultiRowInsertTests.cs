using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Data;

public sealed class MultiRowInsertTests
{
    [Fact]
    public async Task Rows_go_in_as_added_nulls_included()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE Rows (Number INTEGER NOT NULL, Word TEXT NULL)");
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using (var rows = new MultiRowInsert(db, "Rows", "Number", "Word"))
        {
            for (var n = 0; n < 250; n++)
            {
                rows.Add(n, n % 3 == 0 ? null : $"w{n}");
            }

            Assert.Equal(250, rows.Count);
            rows.Flush();
            Assert.Equal(0, rows.Count);
        }

        var written = await db.Database.SqlQuery<string>($"SELECT Number || ':' || COALESCE(Word, '-') AS Value FROM Rows ORDER BY rowid").ToListAsync();
        Assert.Equal(Enumerable.Range(0, 250).Select(n => $"{n}:{(n % 3 == 0 ? "-" : $"w{n}")}"), written);
    }

    [Theory]
    [InlineData("Ação e \"aspas\", 'apóstrofo', barra \\ e\nquebra")]
    [InlineData("emoji 🎬 e ideogramas 映画, tabulação\t e \u0001 controle")]
    [InlineData("")]
    public async Task Text_goes_in_exactly_as_given(string text)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE Texts (Value TEXT NULL, Number INTEGER NULL)");
        await using (var rows = new MultiRowInsert(db, "Texts", "Value", "Number"))
        {
            rows.Add(text, long.MaxValue);
            rows.Flush();
        }

        Assert.Equal([text], await db.Database.SqlQuery<string>($"SELECT Value FROM Texts").ToListAsync());
        Assert.Equal(["text integer"], await db.Database.SqlQuery<string>($"SELECT typeof(Value) || ' ' || typeof(Number) AS Value FROM Texts").ToListAsync());
        Assert.Equal([long.MaxValue], await db.Database.SqlQuery<long>($"SELECT Number AS Value FROM Texts").ToListAsync());
    }

    [Fact]
    public async Task A_row_with_the_wrong_number_of_values_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        await using var rows = new MultiRowInsert(db, "Tags", "Slug", "NamePt");

        Assert.Throws<ArgumentException>(() => rows.Add("so-um"));
    }
}
