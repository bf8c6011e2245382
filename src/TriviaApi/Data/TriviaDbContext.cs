using Microsoft.EntityFrameworkCore;
using TriviaApi.Domain;

namespace TriviaApi.Data;

/// <summary>The trivia knowledge base: films, facts, people, characters, tags and the mentions that link them.</summary>
public sealed class TriviaDbContext(DbContextOptions<TriviaDbContext> options) : DbContext(options)
{
    public DbSet<Film> Films => Set<Film>();

    public DbSet<TriviaFact> Facts => Set<TriviaFact>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Character> Characters => Set<Character>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<FilmCredit> Credits => Set<FilmCredit>();

    public DbSet<FactPerson> FactPeople => Set<FactPerson>();

    public DbSet<FactFilm> FactFilms => Set<FactFilm>();

    public DbSet<FactCharacter> FactCharacters => Set<FactCharacter>();

    public DbSet<FactTag> FactTags => Set<FactTag>();

    public DbSet<ImportedFile> ImportedFiles => Set<ImportedFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TriviaDbContext).Assembly);
}
