using Microsoft.EntityFrameworkCore;

using TriviaApi.Domain;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>One film per title (or original title) and year, one person per name, however the files spell them.</summary>
public sealed class EntityIdentityTests : IAsyncLifetime, IDisposable
{
    private readonly TriviaFolder _folder = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_film_mentioned_by_title_in_one_file_and_the_subject_of_another_is_one_film(bool subjectFirst)
    {
        var film = await ImportMentionAndSubjectAsync(subjectFirst, "Gravado no mesmo estúdio em que Cantando na Chuva (1952) foi gravado.",
            "Cantando na Chuva", "Singin' in the Rain", 1952);

        Assert.Equal(("Cantando na Chuva", "Singin' in the Rain"), (film.Title, film.OriginalTitle));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_film_mentioned_by_original_title_in_one_file_and_the_subject_of_another_is_one_film(bool subjectFirst)
    {
        var film = await ImportMentionAndSubjectAsync(subjectFirst, "Uma homenagem a The Wizard of Oz (1939), de Victor Fleming.",
            "O Mágico de Oz", "The Wizard of Oz", 1939);

        Assert.Equal(("O Mágico de Oz", "The Wizard of Oz"), (film.Title, film.OriginalTitle));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_film_a_mention_dates_a_year_from_its_manifest_is_one_film_of_the_manifests_year(bool subjectFirst)
    {
        var film = await ImportMentionAndSubjectAsync(subjectFirst, "A trilha lembra a de Verão em Jaguaribe (1980), rodado no Ceará.",
            "Verão em Jaguaribe", null, 1979);

        Assert.Equal("Verão em Jaguaribe", film.Title);
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Films.CountAsync(f => f.Title == "Verão em Jaguaribe"));
    }

    [Fact]
    public async Task A_film_dated_two_years_apart_is_another_film()
    {
        await _database.ImportAsync(WriteFile("la-la-land.pt-BR.txt", "La La Land: Cantando Estações", 2016, null,
            "A trilha lembra a de Verão em Jaguaribe (1982), rodado no Ceará."));
        await _database.ImportAsync(WriteFile("verao.pt-BR.txt", "Verão em Jaguaribe", 1979, null, "Filmado em Aracati."));

        await using var db = _database.NewContext();
        Assert.Equal([1979, 1982], await db.Films.Where(f => f.Title == "Verão em Jaguaribe").Select(f => f.Year).OrderBy(y => y).ToListAsync());
    }

    [Fact]
    public async Task Two_files_about_films_of_one_title_a_year_apart_are_two_films()
    {
        await _database.ImportAsync(WriteFile("noite-fria.pt-BR.txt", "Noite Fria", 2001, null, "Rodado em Curitiba."));
        await _database.ImportAsync(WriteFile("noite-fria-2002.pt-BR.txt", "Noite Fria", 2002, null, "Rodado em Gramado."));

        await using var db = _database.NewContext();
        Assert.Equal([2001, 2002], await db.Films.Where(f => f.Title == "Noite Fria").Select(f => f.Year).OrderBy(y => y).ToListAsync());
    }

    [Theory]
    [InlineData("Whiplash – Em Busca da Perfeição")]
    [InlineData("Whiplash - em busca da perfeição")]
    [InlineData("WHIPLASH - EM BUSCA DA PERFEIÇÃO")]
    [InlineData("Whiplash: Em Busca da Perfeicao")]
    public async Task A_title_spelled_with_another_dash_case_or_accents_is_the_same_film(string spelling)
    {
        await _database.ImportAsync(WriteFile("la-la-land.pt-BR.txt", "La La Land: Cantando Estações", 2016, null,
            "A música When I Wake também foi tocada em Whiplash - Em Busca da Perfeição (2014)."));
        await _database.ImportAsync(WriteFile("whiplash.pt-BR.txt", spelling, 2014, null, "Filmado em 19 dias."));

        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Films.CountAsync(f => f.Year == 2014));
    }

    [Fact]
    public async Task Initials_written_with_or_without_a_space_are_one_person()
    {
        await _database.ImportAsync(WriteFile("la-la-land.pt-BR.txt", "La La Land: Cantando Estações", 2016, null,
            "J.K. Simmons volta a trabalhar com Damien Chazelle."));
        await _database.ImportAsync(WriteFile("whiplash.pt-BR.txt", "Whiplash - Em Busca da Perfeição", 2014, null,
            "J. K. Simmons ganhou o Oscar de melhor ator coadjuvante."));

        await using var db = _database.NewContext();
        Assert.Equal(["J.K. Simmons"], await db.People.Where(p => p.Name.EndsWith("Simmons")).Select(p => p.Name).ToListAsync());
        Assert.Equal(2, await db.FactPeople.CountAsync(m => m.Person.Name == "J.K. Simmons"));
    }

    /// <summary>Imports, in the order asked, a file mentioning a film and a file about it; returns the one film of that year.</summary>
    private async Task<Film> ImportMentionAndSubjectAsync(bool subjectFirst, string mention, string title, string? originalTitle, int year)
    {
        var mentioning = WriteFile("la-la-land.pt-BR.txt", "La La Land: Cantando Estações", 2016, "La La Land", mention);
        var subject = WriteFile("classico.pt-BR.txt", title, year, originalTitle, "Filmado nos estúdios da MGM.");
        foreach (var file in subjectFirst ? new[] { subject, mentioning } : [mentioning, subject])
        {
            await _database.ImportAsync(file);
        }

        await using var db = _database.NewContext();
        var film = await db.Films.Include(f => f.Facts).SingleAsync(f => f.Year == year);
        Assert.Single(film.Facts);
        Assert.Equal(film.Id, await db.FactFilms.Select(m => m.FilmId).SingleAsync());
        return film;
    }

    private string WriteFile(string name, string title, int year, string? originalTitle, params string[] lines)
    {
        _folder.WriteManifest(Path.ChangeExtension(name, ".json"), title, year, originalTitle);
        return _folder.WriteFacts(name, lines);
    }
}
