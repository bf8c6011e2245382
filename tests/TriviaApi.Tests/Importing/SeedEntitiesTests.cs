using Microsoft.EntityFrameworkCore;

using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>The films, people and characters the seed import makes: complete sets, each once, linked as the text says.</summary>
public class SeedEntitiesTests(ImportedSeed seed) : IClassFixture<ImportedSeed>
{
    [Fact]
    public async Task Every_person_of_the_seed_is_one_person()
    {
        await using var db = seed.Database.NewContext();

        Assert.Equal(
            new[]
            {
                "Damien Chazelle", "Emma Stone", "Emma Watson", "Finn Wittrock", "J.K. Simmons", "John Legend", "Justin Hurwitz",
                "Margot Robbie", "Mary Zophres", "Randy Kerber", "Rosemarie DeWitt", "Ryan Gosling", "Sam Raimi", "Sandy Powell",
                "Tom Everett Scott", "Tom Hanks", "Will Smith",
            },
            (await db.People.Select(p => p.Name).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_film_of_the_seed_is_one_film_with_its_year()
    {
        await using var db = seed.Database.NewContext();

        Assert.Equal(
            new[]
            {
                "A Bela e a Fera (2017)", "A Grande Aposta (2015)", "A Jovem Rainha Victoria (2009)", "A Roda da Fortuna (1953)",
                "Amor a Toda Prova (2011)", "Cantando na Chuva (1952)", "Caça aos Gângsteres (2013)", "Golpe Duplo (2015)",
                "La La Land: Cantando Estações (2016)", "O Aviador (2004)", "O Espetacular Homem-Aranha (2012)",
                "O Espetacular Homem-Aranha 2: A Ameaça de Electro (2014)", "O Mágico de Oz (1939)", "O Picolino (1935)",
                "Oito e Meio (1963)", "Os Guarda-Chuvas do Amor (1964)", "Ritmo Louco (1936)", "Shakespeare Apaixonado (1998)",
                "Sinfonia de Paris (1951)", "The Wonders - O Sonho Não Acabou (1996)", "The Young Girls of Rochefort (1967)",
                "Whiplash - Em Busca da Perfeição (2014)",
            },
            (await db.Films.Select(f => f.Title + " (" + f.Year + ")").ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_subject_film_has_the_manifests_titles_and_the_slug_of_its_original_title()
    {
        await using var db = seed.Database.NewContext();
        var film = await db.Films.SingleAsync(f => f.Year == 2016);

        Assert.Equal(("La La Land: Cantando Estações", "La La Land", "la-la-land"), (film.Title, film.OriginalTitle, film.Slug));
    }

    [Theory]
    [InlineData("Cantando na Chuva", "cantando-na-chuva-1952")]
    [InlineData("O Espetacular Homem-Aranha 2: A Ameaça de Electro", "o-espetacular-homem-aranha-2-a-ameaca-de-electro-2014")]
    [InlineData("Whiplash - Em Busca da Perfeição", "whiplash-em-busca-da-perfeicao-2014")]
    public async Task A_mentioned_films_slug_carries_its_year(string title, string slug)
    {
        await using var db = seed.Database.NewContext();

        Assert.Equal(slug, await db.Films.Where(f => f.Title == title).Select(f => f.Slug).SingleAsync());
    }

    [Fact]
    public async Task Every_character_of_the_seed_is_one_character_with_its_film_and_actor()
    {
        await using var db = seed.Database.NewContext();

        Assert.Equal(
            new[]
            {
                "Bill / la-la-land / J.K. Simmons", "Fera / a-bela-e-a-fera-2017 / -", "Gwen Stacy / o-espetacular-homem-aranha-2012 / Emma Stone",
                "J. Jonah Jameson / - / J.K. Simmons", "Keith / la-la-land / John Legend", "Laura / la-la-land / Rosemarie DeWitt",
                "Mia Dolan / la-la-land / Emma Stone", "Sally Bowles / - / Emma Stone", "Sebastian Wilder / la-la-land / Ryan Gosling",
            },
            (await db.Characters.Select(c => c.Name + " / " + (c.Film!.Slug ?? "-") + " / " + (c.Actor!.Name ?? "-")).ToListAsync())
                .Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Justin Hurwitz", "compositor")]
    [InlineData("Randy Kerber", "pianista")]
    [InlineData("John Legend", "ator", "cantor", "pianista")]
    [InlineData("Mary Zophres", "figurinista")]
    [InlineData("Sandy Powell", "estilista")]
    [InlineData("Damien Chazelle", "diretor", "roteirista")]
    public async Task A_persons_professions_are_those_the_facts_and_credits_give(string name, params string[] professions)
    {
        await using var db = seed.Database.NewContext();

        Assert.Equal(professions, (await db.People.SingleAsync(p => p.Name == name)).Professions);
    }

    [Theory]
    [InlineData("Ryan Gosling", "ryan-gosling")]
    [InlineData("J.K. Simmons", "j-k-simmons")]
    public async Task A_persons_slug_is_their_name_folded(string name, string slug)
    {
        await using var db = seed.Database.NewContext();

        Assert.Equal(slug, await db.People.Where(p => p.Name == name).Select(p => p.Slug).SingleAsync());
    }

    [Fact]
    public async Task The_first_fact_names_the_actors_the_film_and_the_characters_it_mentions()
    {
        await using var db = seed.Database.NewContext();
        var fact = await db.Facts.Include(f => f.People).ThenInclude(m => m.Person).Include(f => f.Films).ThenInclude(m => m.Film)
            .Include(f => f.Characters).ThenInclude(m => m.Character).SingleAsync(f => f.SourceLine == 1);

        Assert.Equal(["Emma Watson", "Ryan Gosling"], fact.People.Select(m => m.Person.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["A Bela e a Fera"], fact.Films.Select(m => m.Film.Title));
        Assert.Equal(["Fera", "Mia Dolan"], fact.Characters.Select(m => m.Character.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Surname_alone_resolves_to_the_person_named_earlier()
    {
        await using var db = seed.Database.NewContext();

        Assert.Equal(
            ["John Legend", "Ryan Gosling"],
            (await db.FactPeople.Where(m => db.Facts.Any(f => f.Id == m.FactId && f.SourceLine == 4)).Select(m => m.Person.Name).ToListAsync())
                .Order(StringComparer.Ordinal));
        Assert.False(await db.People.AnyAsync(p => p.Name == "Gosling"));
    }
}
