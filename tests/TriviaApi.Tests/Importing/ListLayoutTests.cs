using Microsoft.EntityFrameworkCore;

using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>Numbered and bulleted files: the marker is layout, not part of the fact, while the line as written stays the provenance.</summary>
public sealed class ListLayoutTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] Lines =
    [
        "1. Rafael Nogueira fez o teste em Salvador.",
        "2) A trilha foi gravada em Recife.",
        "- O diretor Tomás Leite escreveu o roteiro em 2018.",
        "• As filmagens duraram 40 dias.",
        "10. O orçamento foi de 1.5 milhão de reais.",
    ];

    private readonly TriviaFolder _folder = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("3. O filme estreou em Cannes.", "O filme estreou em Cannes.")]
    [InlineData("12) O filme estreou em Cannes.", "O filme estreou em Cannes.")]
    [InlineData("- O filme estreou em Cannes.", "O filme estreou em Cannes.")]
    [InlineData("• O filme estreou em Cannes.", "O filme estreou em Cannes.")]
    [InlineData("1.5 milhão de pessoas viram o filme.", "1.5 milhão de pessoas viram o filme.")]
    [InlineData("2001 foi o ano da estreia.", "2001 foi o ano da estreia.")]
    public void A_list_marker_is_not_part_of_the_fact(string line, string fact) =>
        Assert.Equal((line, fact), (new TriviaLine(1, line).Text, new TriviaLine(1, line).Fact));

    [Fact]
    public async Task Facts_of_a_numbered_file_are_stored_without_their_markers_and_extracted_from_the_rest()
    {
        await ImportAsync();

        await using var db = _database.NewContext();
        var texts = await db.Facts.OrderBy(f => f.SourceLine).Select(f => f.Text).ToListAsync();
        Assert.Equal(Lines.Select(l => new TriviaLine(1, l).Fact), texts);
        Assert.Equal(["Rafael Nogueira", "Tomás Leite"], await db.People.Select(p => p.Name).OrderBy(n => n).ToListAsync());
    }

    [Fact]
    public async Task Importing_a_numbered_file_again_changes_nothing()
    {
        await ImportAsync();

        var report = await ImportAsync();

        Assert.False(report.ChangedAnything, report.ToString());
        Assert.Equal(Lines.Length, report.UnchangedFacts);
    }

    private async Task<ImportReport> ImportAsync()
    {
        _folder.WriteManifest("lista.pt-BR.json", "Mar Aberto", 2020);
        return await _database.ImportAsync(_folder.WriteFacts("lista.pt-BR.txt", Lines));
    }
}
