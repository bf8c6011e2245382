using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Search;

namespace TriviaApi.Importing;

/// <summary>
/// Writes new facts, their links and their search rows with prepared SQLite commands, in the import's transaction.
/// A first import is almost all new facts, and EF Core's change tracking (and reading each fact back to index it)
/// cost more than the rows themselves; existing facts are compared and updated through EF (see <see cref="FactLinks"/>).
/// </summary>
internal sealed class NewFactWriter : IAsyncDisposable
{
    // FTS5 writes run about twice as fast in a run of their own as interleaved with the other tables' inserts
    // (100k facts: 3.4 s against 7.5 s of SQLite time), so search rows wait for a batch of this many.
    private const int SearchRowBatch = 10_000;

    private readonly List<(int Id, string Text, string Names)> _searchRows = [];
    private readonly Dictionary<string, string> _normalizedNames = [];
    private readonly DbCommand _fact;
    private readonly DbCommand _person;
    private readonly DbCommand _film;
    private readonly DbCommand _character;
    private readonly DbCommand _tag;
    private readonly DbCommand _index;
    private readonly ValueConverter _professionsToJson;

    public NewFactWriter(TriviaDbContext db)
    {
        _fact = PreparedCommands.Prepare(db, "INSERT INTO Facts (FilmId, Text, Language, SourceFile, SourceLine, ContentHash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING Id",
            "$1", "$2", "$3", "$4", "$5", "$6");
        _person = PreparedCommands.Prepare(db, "INSERT INTO FactPeople (FactId, PersonId, Professions) VALUES ($1, $2, $3)", "$1", "$2", "$3");
        _film = PreparedCommands.Prepare(db, "INSERT INTO FactFilms (FactId, FilmId) VALUES ($1, $2)", "$1", "$2");
        _character = PreparedCommands.Prepare(db, "INSERT INTO FactCharacters (FactId, CharacterId) VALUES ($1, $2)", "$1", "$2");
        _tag = PreparedCommands.Prepare(db, "INSERT INTO FactTags (FactId, TagId) VALUES ($1, $2)", "$1", "$2");
        _index = PreparedCommands.Prepare(db, SearchIndex.InsertFactSql, "$id", "$text", "$names");
        // The professions column is EF's JSON of a primitive collection; its own converter keeps the format exact.
        _professionsToJson = db.Model.FindEntityType(typeof(FactPerson))!.FindProperty(nameof(FactPerson.Professions))!.GetTypeMapping().Converter!;
    }

    /// <summary>
    /// Inserts the fact and its links, and queues its search row (see <see cref="FlushSearchRows"/>). Its film and
    /// everything <paramref name="targets"/> names are saved. Fact ids are never reused (AUTOINCREMENT), so no
    /// search row can stand in the new row's place.
    /// </summary>
    public void Insert(TriviaFact fact, FactTargets targets)
    {
        var id = PreparedCommands.Insert(_fact, fact.FilmId, fact.Text, fact.Language, fact.SourceFile, fact.SourceLine, fact.ContentHash);
        foreach (var (person, professions) in targets.People)
        {
            PreparedCommands.Execute(_person, id, person.Id, _professionsToJson.ConvertToProvider(professions)!);
        }

        foreach (var film in targets.Films)
        {
            PreparedCommands.Execute(_film, id, film.Id);
        }

        foreach (var character in targets.Characters)
        {
            PreparedCommands.Execute(_character, id, character.Id);
        }

        foreach (var tag in targets.Tags)
        {
            PreparedCommands.Execute(_tag, id, tag.Id);
        }

        _searchRows.Add((id, SearchText.Normalize(fact.Text), SearchIndex.FactNames(fact.Film.Title, fact.Film.OriginalTitle,
            targets.People.Keys.OrderBy(p => p.Id).Select(p => p.Name),
            targets.Films.OrderBy(f => f.Id).Select(f => (f.Title, f.OriginalTitle)),
            targets.Characters.OrderBy(c => c.Id).Select(c => c.Name),
            targets.Tags.OrderBy(t => t.Id).Select(t => (t.NamePt, t.NameEn)), NormalizedName)));
        if (_searchRows.Count >= SearchRowBatch)
        {
            FlushSearchRows();
        }
    }

    private string NormalizedName(string name)
    {
        if (!_normalizedNames.TryGetValue(name, out var normalized))
        {
            _normalizedNames[name] = normalized = SearchText.Normalize(name);
        }

        return normalized;
    }

    /// <summary>Writes the queued search rows: before the import updates the index for the facts EF changed, and commits.</summary>
    public void FlushSearchRows()
    {
        foreach (var (id, text, names) in _searchRows)
        {
            PreparedCommands.Execute(_index, id, text, names);
        }

        _searchRows.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _fact, _person, _film, _character, _tag, _index })
        {
            await command.DisposeAsync();
        }
    }
}
