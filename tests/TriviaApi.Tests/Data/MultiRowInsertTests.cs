using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Domain;
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
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using (var rows = new MultiRowInsert<Film>(db, f => f.Slug, f => f.Title, f => f.OriginalTitle, f => f.Year, f => f.TitleKey))
        {
            for (var n = 0; n < 250; n++)
            {
                rows.Add($"filme-{n}", $"Filme {n}", n % 3 == 0 ? null : $"Original {n}", 1900 + n, $"filme {n}");
            }

            Assert.Equal(250, rows.Count);
            rows.Flush();
            Assert.Equal(0, rows.Count);
        }

        var written = await db.Films.OrderBy(f => f.Id).Select(f => new { f.Year, f.OriginalTitle }).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 250).Select(n => $"{1900 + n}:{(n % 3 == 0 ? "-" : $"Original {n}")}"), written.Select(f => $"{f.Year}:{f.OriginalTitle ?? "-"}"));
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
        await using (var rows = new MultiRowInsert<Film>(db, f => f.Slug, f => f.Title, f => f.Year, f => f.TitleKey))
        {
            rows.Add("um-filme", text, long.MaxValue, "um filme");
            rows.Flush();
        }

        Assert.Equal([text], await db.Films.Select(f => f.Title).ToListAsync());
        Assert.Equal(["text integer"], await db.Database.SqlQuery<string>($"SELECT typeof(Title) || ' ' || typeof(Year) AS Value FROM Films").ToListAsync());
        Assert.Equal([long.MaxValue], await db.Database.SqlQuery<long>($"SELECT Year AS Value FROM Films").ToListAsync());
    }

    [Fact]
    public async Task A_list_goes_in_as_the_model_stores_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        await using (var rows = new MultiRowInsert<Person>(db, p => p.Slug, p => p.Name, p => p.NameKey, p => p.Professions))
        {
            rows.Add("lia-moura", "Lia Moura", "lia moura", rows.ToStore(3, new List<string> { "atriz", "cantora" }));
            rows.Flush();
        }

        Assert.Equal(["atriz", "cantora"], (await db.People.SingleAsync()).Professions);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7_891_234)]
    public async Task A_time_goes_in_as_the_text_EF_Core_writes_for_it(long ticksPastTheSecond)
    {
        var time = new DateTime(2026, 12, 3, 13, 45, 6, DateTimeKind.Utc).AddTicks(ticksPastTheSecond);
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        db.ImportedFiles.Add(new ImportedFile { FileName = "a-por-ef.txt", Hash = "h", Language = "pt-BR", ImportedAt = time });
        await db.SaveChangesAsync();
        await using (var rows = new MultiRowInsert<ImportedFile>(db, f => f.FileName, f => f.Hash, f => f.Language, f => f.ImportedAt))
        {
            rows.Add("b-por-linhas.txt", "h", "pt-BR", rows.ToStore(3, time));
            rows.Flush();
        }

        var stored = await db.Database.SqlQuery<string>($"SELECT ImportedAt AS Value FROM ImportedFiles ORDER BY FileName").ToListAsync();
        Assert.Equal(stored[0], stored[1]);
        Assert.Equal(time, (await db.ImportedFiles.AsNoTracking().SingleAsync(f => f.FileName == "b-por-linhas.txt")).ImportedAt);
    }

    [Fact]
    public async Task A_row_with_the_wrong_number_of_values_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync();
        await using var rows = new MultiRowInsert<Tag>(db, t => t.Slug, t => t.NamePt);

        Assert.Throws<ArgumentException>(() => rows.Add("so-um"));
    }
}
