using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Importing;

/// <summary>
/// Writes new facts and their links with prepared SQLite commands, in the import's transaction. A first import is
/// almost all new facts, and EF Core's change tracking cost more than the rows themselves; existing facts are
/// compared and updated through EF (see <see cref="FactLinks"/>), which this writer never sees.
/// </summary>
internal sealed class NewFactWriter : IAsyncDisposable
{
    private readonly DbCommand _fact;
    private readonly DbCommand _person;
    private readonly DbCommand _film;
    private readonly DbCommand _character;
    private readonly DbCommand _tag;
    private readonly ValueConverter _professionsToJson;

    public NewFactWriter(TriviaDbContext db)
    {
        _fact = Command(db, "INSERT INTO Facts (FilmId, Text, Language, SourceFile, SourceLine, ContentHash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING Id", 6);
        _person = Command(db, "INSERT INTO FactPeople (FactId, PersonId, Professions) VALUES ($1, $2, $3)", 3);
        _film = Command(db, "INSERT INTO FactFilms (FactId, FilmId) VALUES ($1, $2)", 2);
        _character = Command(db, "INSERT INTO FactCharacters (FactId, CharacterId) VALUES ($1, $2)", 2);
        _tag = Command(db, "INSERT INTO FactTags (FactId, TagId) VALUES ($1, $2)", 2);
        // The professions column is EF's JSON of a primitive collection; its own converter keeps the format exact.
        _professionsToJson = db.Model.FindEntityType(typeof(FactPerson))!.FindProperty(nameof(FactPerson.Professions))!.GetTypeMapping().Converter!;
    }

    /// <summary>Inserts the fact and its links; returns the fact's id. Everything <paramref name="targets"/> names is saved.</summary>
    public int Insert(TriviaFact fact, FactTargets targets)
    {
        var id = Convert.ToInt32(Execute(_fact, fact.FilmId, fact.Text, fact.Language, fact.SourceFile, fact.SourceLine, fact.ContentHash), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (person, professions) in targets.People)
        {
            Execute(_person, id, person.Id, _professionsToJson.ConvertToProvider(professions)!);
        }

        foreach (var film in targets.Films)
        {
            Execute(_film, id, film.Id);
        }

        foreach (var character in targets.Characters)
        {
            Execute(_character, id, character.Id);
        }

        foreach (var tag in targets.TagIds)
        {
            Execute(_tag, id, tag);
        }

        return id;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _fact, _person, _film, _character, _tag })
        {
            await command.DisposeAsync();
        }
    }

    private static object? Execute(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteScalar();
    }

    private static DbCommand Command(TriviaDbContext db, string sql, int parameterCount)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 1; i <= parameterCount; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"${i}";
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }
}
