using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Importing;

/// <summary>
/// Inserts the films, people and characters an import creates, at once, with prepared SQLite commands: each has its id
/// as soon as it exists, and EF Core's one command per row cost more than the rows. Changes to them afterwards
/// (a film's titles, a character's actor, a person's professions) go through EF like any other update.
/// </summary>
internal sealed class NewEntityWriter(TriviaDbContext db) : IAsyncDisposable
{
    private readonly EntityInsert<Film> _film = new(db, f => f.Slug, f => f.Title, f => f.OriginalTitle, f => f.Year, f => f.TitleKey, f => f.OriginalTitleKey);
    private readonly EntityInsert<Person> _person = new(db, p => p.Slug, p => p.Name, p => p.NameKey, p => p.Professions);
    private readonly EntityInsert<Character> _character = new(db, c => c.Slug, c => c.Name, c => c.NameKey, c => c.FilmId, c => c.ActorId);

    public void Insert(Film film) => film.Id = _film.Insert(film);

    public void Insert(Person person) => person.Id = _person.Insert(person);

    /// <summary>Inserts a character whose film and actor, when it has them, are saved.</summary>
    public void Insert(Character character) => character.Id = _character.Insert(character);

    public async ValueTask DisposeAsync()
    {
        await _film.DisposeAsync();
        await _person.DisposeAsync();
        await _character.DisposeAsync();
    }
}
