using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Importing;

/// <summary>
/// Inserts the films, people and characters an import creates, at once, with prepared SQLite commands: each has its id
/// as soon as it exists, and EF Core's one command per row cost more than the rows. Changes to them afterwards
/// (a film's titles, a character's actor, a person's professions) go through EF like any other update.
/// </summary>
internal sealed class NewEntityWriter : IAsyncDisposable
{
    private readonly DbCommand _film;
    private readonly DbCommand _person;
    private readonly DbCommand _character;
    private readonly ValueConverter _professionsToJson;

    public NewEntityWriter(TriviaDbContext db)
    {
        _film = PreparedCommands.Prepare(db,
            "INSERT INTO Films (Slug, Title, OriginalTitle, Year, TitleKey, OriginalTitleKey) VALUES ($1, $2, $3, $4, $5, $6) RETURNING Id",
            "$1", "$2", "$3", "$4", "$5", "$6");
        _person = PreparedCommands.Prepare(db, "INSERT INTO People (Slug, Name, NameKey, Professions) VALUES ($1, $2, $3, $4) RETURNING Id", "$1", "$2", "$3", "$4");
        _character = PreparedCommands.Prepare(db,
            "INSERT INTO Characters (Slug, Name, NameKey, FilmId, ActorId) VALUES ($1, $2, $3, $4, $5) RETURNING Id", "$1", "$2", "$3", "$4", "$5");
        // Professions are EF's JSON of a primitive collection; its own converter keeps the format exact.
        _professionsToJson = db.Model.FindEntityType(typeof(Person))!.FindProperty(nameof(Person.Professions))!.GetTypeMapping().Converter!;
    }

    public void Insert(Film film) =>
        film.Id = PreparedCommands.Insert(_film, film.Slug, film.Title, film.OriginalTitle, film.Year, film.TitleKey, film.OriginalTitleKey);

    public void Insert(Person person) =>
        person.Id = PreparedCommands.Insert(_person, person.Slug, person.Name, person.NameKey, _professionsToJson.ConvertToProvider(person.Professions));

    /// <summary>Inserts a character whose film and actor, when it has them, are saved.</summary>
    public void Insert(Character character) =>
        character.Id = PreparedCommands.Insert(_character, character.Slug, character.Name, character.NameKey, character.FilmId, character.ActorId);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _film, _person, _character })
        {
            await command.DisposeAsync();
        }
    }
}
