using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Search;

namespace TriviaApi.Importing;

/// <summary>
/// Writes new facts, their links and their search rows with multi-row SQLite inserts, in the import's transaction.
/// A first import is almost all new facts, and EF Core's change tracking (and reading each fact back to index it)
/// cost more than the rows themselves; existing facts are compared and updated through EF (see <see cref="FactLinks"/>).
/// </summary>
internal sealed class NewFactWriter : IAsyncDisposable
{
    // FTS5 writes run about twice as fast in a run of their own as interleaved with the other tables' inserts
    // (100k facts: 3.4 s against 7.5 s of SQLite time), so search rows wait for a batch of this many.
    private const int SearchRowBatch = 10_000;

    private readonly Dictionary<string, string> _normalizedNames = [];
    private readonly MultiRowInsert _facts;
    private readonly MultiRowInsert _people;
    private readonly MultiRowInsert _films;
    private readonly MultiRowInsert _characters;
    private readonly MultiRowInsert _tags;
    private readonly MultiRowInsert _searchRows;
    private readonly ValueConverter _professionsToJson;
    private int _nextId;

    public NewFactWriter(TriviaDbContext db)
    {
        _facts = new(db, "Facts", "Id", "FilmId", "Text", "Language", "SourceFile", "SourceLine", "ContentHash");
        _people = new(db, "FactPeople", "FactId", "PersonId", "Professions");
        _films = new(db, "FactFilms", "FactId", "FilmId");
        _characters = new(db, "FactCharacters", "FactId", "CharacterId");
        _tags = new(db, "FactTags", "FactId", "TagId");
        _searchRows = new(db, SearchIndex.FactTable, SearchIndex.FactColumns);
        // The professions column is EF's JSON of a primitive collection; its own converter keeps the format exact.
        _professionsToJson = db.Model.FindEntityType(typeof(FactPerson))!.FindProperty(nameof(FactPerson.Professions))!.GetTypeMapping().Converter!;

        // A fact's links go in with its id, before the fact's row does; so ids are given here, by AUTOINCREMENT's own
        // rule (one past the highest id the table has ever held), which the import's transaction keeps true.
        using var nextId = PreparedCommands.Prepare(db,
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'Facts'), 0), COALESCE((SELECT MAX(Id) FROM Facts), 0)) + 1");
        _nextId = Convert.ToInt32(PreparedCommands.Execute(nextId), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Gives the fact its id and queues it, its links and its search row (<paramref name="searchText"/>: its text as
    /// <see cref="SearchText.Normalize"/> gives it), for <see cref="Flush"/>. Its film and everything
    /// <paramref name="targets"/> names are saved. Fact ids are never reused (AUTOINCREMENT), so no search row can
    /// stand in the new row's place.
    /// </summary>
    public void Add(TriviaFact fact, FactTargets targets, string searchText)
    {
        var id = fact.Id = _nextId++;
        _facts.Add(id, fact.FilmId, fact.Text, fact.Language, fact.SourceFile, fact.SourceLine, fact.ContentHash);
        foreach (var (person, professions) in targets.People)
        {
            _people.Add(id, person.Id, _professionsToJson.ConvertToProvider(professions));
        }

        foreach (var film in targets.Films)
        {
            _films.Add(id, film.Id);
        }

        foreach (var character in targets.Characters)
        {
            _characters.Add(id, character.Id);
        }

        foreach (var tag in targets.Tags)
        {
            _tags.Add(id, tag.Id);
        }

        _searchRows.Add(id, searchText, SearchIndex.FactNames(fact.Film.Title, fact.Film.OriginalTitle,
            targets.People.Keys.OrderBy(p => p.Id).Select(p => p.Name),
            targets.Films.OrderBy(f => f.Id).Select(f => (f.Title, f.OriginalTitle)),
            targets.Characters.OrderBy(c => c.Id).Select(c => c.Name),
            targets.Tags.OrderBy(t => t.Id).Select(t => (t.NamePt, t.NameEn)), NormalizedName));
    }

    /// <summary>Inserts the facts and links queued so far (facts first, which the links' keys need); search rows once a batch is full.</summary>
    public void Flush()
    {
        foreach (var table in new[] { _facts, _people, _films, _characters, _tags })
        {
            table.Flush();
        }

        if (_searchRows.Count >= SearchRowBatch)
        {
            FlushSearchRows();
        }
    }

    /// <summary>Writes the queued search rows: before the import updates the index for the facts EF changed, and commits.</summary>
    public void FlushSearchRows() => _searchRows.Flush();

    private string NormalizedName(string name)
    {
        if (!_normalizedNames.TryGetValue(name, out var normalized))
        {
            _normalizedNames[name] = normalized = SearchText.Normalize(name);
        }

        return normalized;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var table in new[] { _facts, _people, _films, _characters, _tags, _searchRows })
        {
            await table.DisposeAsync();
        }
    }
}
