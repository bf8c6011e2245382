using Microsoft.EntityFrameworkCore;

using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>Fact-sheet lines ("Orçamento: ...") are facts like any other: under a topic, naming nobody.</summary>
public sealed class FactSheetTests : IAsyncLifetime, IDisposable
{
    private readonly TriviaFolder _folder = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _folder.WriteManifest("ficha.pt-BR.json", "La La Land: Cantando Estações", 2016, "La La Land");
        await _database.ImportAsync(_folder.WriteFacts("ficha.pt-BR.txt", "Orçamento: US$ 30 milhões", "Oscar 2017: indicado a Melhor Filme"));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1, "box-office")]
    [InlineData(2, "awards")]
    public async Task A_fact_sheet_line_is_a_fact_under_its_topic(int line, string tag)
    {
        await using var db = _database.NewContext();

        Assert.Contains(tag, await db.FactTags.Where(t => db.Facts.Any(f => f.Id == t.FactId && f.SourceLine == line)).Select(t => t.Tag.Slug).ToListAsync());
    }

    [Fact]
    public async Task A_fact_sheet_line_names_no_person_and_no_other_film()
    {
        await using var db = _database.NewContext();

        Assert.Equal((2, 0, 0, 1), (await db.Facts.CountAsync(), await db.People.CountAsync(), await db.FactFilms.CountAsync(), await db.Films.CountAsync()));
    }
}
