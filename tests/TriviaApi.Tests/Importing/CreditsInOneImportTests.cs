using Microsoft.EntityFrameworkCore;

using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>A film's credits come from its manifest once, however many files of one import name the film.</summary>
public sealed class CreditsInOneImportTests : IAsyncLifetime, IDisposable
{
    private const int SeedCredits = 7;

    private readonly TriviaFolder _folder = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Two_files_about_one_film_imported_together_credit_it_once()
    {
        _folder.CopySeed();
        File.Copy(Seed.ManifestPath, _folder.PathOf("la-la-land.en.json"));
        _folder.WriteFacts("la-la-land.en.txt", "Filmed in 42 days in Los Angeles.");

        await _database.ImportAsync(_folder.Path);

        await using var db = _database.NewContext();
        Assert.Equal(SeedCredits, await db.Credits.CountAsync());
    }

    [Fact]
    public async Task A_film_mentioned_before_it_is_a_subject_in_the_same_import_gets_its_credits()
    {
        _folder.WriteManifest("a-primeiro.pt-BR.json", "Whiplash - Em Busca da Perfeição", 2014);
        _folder.WriteFacts("a-primeiro.pt-BR.txt", "A mesma equipe fez La La Land (2016) dois anos depois.");
        _folder.CopySeed();

        await _database.ImportAsync(_folder.Path);

        await using var db = _database.NewContext();
        var film = await db.Films.Include(f => f.Credits).SingleAsync(f => f.Year == 2016);
        Assert.Equal(SeedCredits, film.Credits.Count);
        Assert.True(await db.FactFilms.AnyAsync(m => m.FilmId == film.Id));
    }
}
