using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Importing;

/// <summary>
/// Writes new facts and their links with multi-row SQLite inserts, in the import's transaction.
/// A first import is almost all new facts, and EF Core's change tracking (and reading each fact back to index it)
/// cost more than the rows themselves; existing facts are compared and updated through EF (see <see cref="FactLinks"/>).
/// </summary>
internal sealed class NewFactWriter : IAsyncDisposable
{
    private readonly MultiRowInsert<TriviaFact> _facts;
    private readonly MultiRowInsert<FactPerson> _people;
    private readonly MultiRowInsert<FactFilm> _films;
    private readonly MultiRowInsert<FactCharacter> _characters;
    private readonly MultiRowInsert<FactTag> _tags;

    // A link's professions as stored (EF's JSON of the list), by the list's words: a few lists recur in most links.
    private readonly Dictionary<string, StoredValue> _storedProfessions = new(StringComparer.Ordinal);
    private int _nextId;

    public NewFactWriter(TriviaDbContext db)
    {
        _facts = new(db, f => f.Id, f => f.FilmId, f => f.Text, f => f.SourceFileId, f => f.SourceLine, f => f.ContentHash);
        _people = new(db, m => m.FactId, m => m.PersonId, m => m.Professions);
        _films = new(db, m => m.FactId, m => m.FilmId);
        _characters = new(db, m => m.FactId, m => m.CharacterId);
        _tags = new(db, m => m.FactId, m => m.TagId);

        // A fact's links go in with its id, before the fact's row does; so ids are given here, by AUTOINCREMENT's own
        // rule (one past the highest id the table has ever held), which the import's transaction keeps true.
        var facts = new StoredColumns<TriviaFact>(db, f => f.Id);
        using var nextId = PreparedCommands.Prepare(db,
            $"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = $table), 0), COALESCE((SELECT MAX({facts.Key}) FROM {facts.Table}), 0)) + 1",
            "$table");
        _nextId = Convert.ToInt32(PreparedCommands.Execute(nextId, facts.TableName), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Gives the fact of <paramref name="line"/> its id, and queues it and its links for <see cref="Flush"/>; returns
    /// the id. Its film and everything <paramref name="targets"/> names are saved. Fact ids are never reused
    /// (AUTOINCREMENT), so the search index can tell new facts by their ids. No <see cref="TriviaFact"/> is made: a
    /// first import writes a million of them, and nothing tracks them.
    /// </summary>
    public int Add(Film subject, RecordedFile file, TriviaLine line, string contentHash, FactTargets targets)
    {
        var id = _nextId++;
        _facts.Add(id, subject.Id, line.Fact, file.Id, line.Number, contentHash);
        foreach (var (person, professions) in targets.People)
        {
            _people.Add(id, person.Id, StoredProfessions(professions));
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

        return id;
    }

    private StoredValue StoredProfessions(List<string> professions)
    {
        var words = professions.Count switch { 0 => "\n", 1 => professions[0], _ => string.Join('\n', professions) };
        if (!_storedProfessions.TryGetValue(words, out var stored))
        {
            _storedProfessions[words] = stored = _people.ToStore(2, professions);
        }

        return stored;
    }

    /// <summary>Inserts the facts and links queued so far (facts first, which the links' keys need).</summary>
    public void Flush()
    {
        _facts.Flush();
        _people.Flush();
        _films.Flush();
        _characters.Flush();
        _tags.Flush();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var table in new IAsyncDisposable[] { _facts, _people, _films, _characters, _tags })
        {
            await table.DisposeAsync();
        }
    }
}
