using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Extraction;
using TriviaApi.Text;

namespace TriviaApi.Importing;

/// <summary>
/// Finds the film, person or character a mention means, or creates it: one film per title (or original title) and
/// year (or a year either side, see DatedAYearApart), one person per folded name, one character per folded name and
/// film. Slugs, once given, never change.
/// </summary>
internal sealed partial class EntityIndex
{
    private readonly TriviaDbContext _db;
    private readonly NewEntityWriter _writer;
    private readonly ImportReport _report;
    // By folded title (or original title) and year, each film under both of its titles.
    private readonly Dictionary<(string TitleKey, int? Year), Film> _filmsByTitle = [];
    private readonly Dictionary<string, HashSet<Film>> _filmsByTitleKey = [];
    private readonly Dictionary<string, Person> _people = [];
    private readonly Dictionary<(string, int?), Character> _characters = [];
    private readonly HashSet<string> _filmSlugs = [];
    private readonly HashSet<string> _personSlugs = [];
    private readonly HashSet<string> _characterSlugs = [];
    private readonly HashSet<Film> _updatedFilms = [];
    private readonly HashSet<Film> _createdForFile = [];
    private readonly HashSet<Film> _uncredited = [];
    private readonly HashSet<Film> _subjects = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<object> _tracked = new(ReferenceEqualityComparer.Instance);

    private EntityIndex(TriviaDbContext db, NewEntityWriter writer, ImportReport report)
    {
        _db = db;
        _writer = writer;
        _report = report;
    }

    public static async Task<EntityIndex> LoadAsync(TriviaDbContext db, NewEntityWriter writer, ImportReport report, CancellationToken cancellationToken)
    {
        var index = new EntityIndex(db, writer, report);
        // Read untracked: an import tracks only what each file uses, attaching it on use (see Track).
        var subjectIds = (await db.Facts.Select(f => f.FilmId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        foreach (var film in await db.Films.AsNoTracking().ToListAsync(cancellationToken))
        {
            index.Remember(film);
            if (subjectIds.Contains(film.Id))
            {
                index._subjects.Add(film);
            }
        }

        foreach (var person in await db.People.AsNoTracking().ToListAsync(cancellationToken))
        {
            index._people[person.NameKey] = person;
            index._personSlugs.Add(person.Slug);
        }

        foreach (var character in await db.Characters.AsNoTracking().ToListAsync(cancellationToken))
        {
            index._characters[(character.NameKey, character.FilmId)] = character;
            index._characterSlugs.Add(character.Slug);
        }

        return index;
    }

    public Person Person(string name)
    {
        var key = Key(name);
        if (_people.TryGetValue(key, out var person))
        {
            return person;
        }

        person = new Person { Name = name, NameKey = key, Slug = UniqueSlug(_personSlugs, Slug.From(name), null) };
        _writer.Insert(person);
        _people[key] = person;
        _report.People.Added++;
        return person;
    }

    public Character Character(string name, Film? film, Person? actor)
    {
        var key = (Key(name), film?.Id);
        if (!_characters.TryGetValue(key, out var character))
        {
            // Ids, not navigations: a character is inserted at once, untracked like every entity the index holds.
            character = new Character { Name = name, NameKey = key.Item1, FilmId = film?.Id, ActorId = actor?.Id, Slug = UniqueSlug(_characterSlugs, Slug.From(name), film?.Slug) };
            _writer.Insert(character);
            _characters[key] = character;
            _report.Characters.Added++;
        }

        if (character.ActorId is null && actor is not null)
        {
            Track(character);
            character.ActorId = actor.Id;
        }

        return character;
    }

    /// <summary>True for a film this import created and has not credited since: it has no credits.</summary>
    public bool HasNoCredits(Film film) => _uncredited.Contains(film);

    /// <summary>The import has given the film its credits.</summary>
    public void Credited(Film film) => _uncredited.Remove(film);

    /// <summary>
    /// The change tracker was cleared: every saved entity must be attached again before it is used. EF's fix-up has
    /// filled the films' fact and credit lists; they are emptied so the index does not hold every fact imported.
    /// </summary>
    public void Forget()
    {
        foreach (var film in _tracked.OfType<Film>())
        {
            film.Facts.Clear();
            film.Credits.Clear();
        }

        _tracked.Clear();
        _createdForFile.Clear();
    }

    /// <summary>
    /// Attaches a saved entity (read at the start, or inserted by <see cref="NewEntityWriter"/>) just before the index
    /// changes it, so the change is saved: the entity alone, not its graph (Attach would walk a film's facts). Links
    /// and credits refer to entities by id, so nothing else needs tracking. Kept in a set of our own, cleared by
    /// <see cref="Forget"/>.
    /// </summary>
    private void Track(object entity)
    {
        if (_tracked.Add(entity))
        {
            _db.Entry(entity).State = EntityState.Unchanged;
        }
    }

    /// <summary>A name's match key, folded once per spelling: an import meets the same names in file after file.</summary>
    private string Key(string name)
    {
        if (!_keys.TryGetValue(name, out var key))
        {
            _keys[name] = key = TextFolding.MatchKey(name);
        }

        return key;
    }

    /// <summary>The slug if free, else qualified ("helena-o-segredo-do-mar", "o-aviador-2004"), else numbered.</summary>
    private static string UniqueSlug(HashSet<string> taken, string slug, string? qualifier)
    {
        var candidate = slug.Length > 0 ? slug : "sem-nome";
        if (taken.Contains(candidate) && qualifier is not null && !candidate.EndsWith("-" + qualifier, StringComparison.Ordinal))
        {
            candidate = $"{candidate}-{qualifier}";
        }

        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        taken.Add(candidate);
        return candidate;
    }
}
