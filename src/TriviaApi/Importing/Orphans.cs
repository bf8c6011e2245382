using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Importing;

/// <summary>
/// Removes the films, characters and people that no fact and no credit refers to any more. Each is removed only when
/// nothing refers to it, but a film's credits and characters, which it removes or unlinks itself: nothing here relies
/// on the schema's <c>ON DELETE</c> actions, which SQLite skips while an import writes (see <c>ForeignKeyChecks</c>).
/// </summary>
internal static class Orphans
{
    public static async Task RemoveAsync(TriviaDbContext db, ImportReport report, CancellationToken cancellationToken)
    {
        // Films first: removing one frees its characters, and characters free their actors. An import writes without
        // SQLite's foreign key checks (see ForeignKeyChecks), so what the schema's ON DELETE would do to a film's
        // credits and characters is done here: the credits go, the characters stay, of no film.
        var films = db.Films.Where(f => !db.Facts.Any(t => t.FilmId == f.Id) && !db.FactFilms.Any(m => m.FilmId == f.Id));
        await db.Credits.Where(c => films.Any(f => f.Id == c.FilmId)).ExecuteDeleteAsync(cancellationToken);
        await db.Characters.Where(c => films.Any(f => f.Id == c.FilmId)).ExecuteUpdateAsync(s => s.SetProperty(c => c.FilmId, (int?)null), cancellationToken);
        report.Films.Removed += await films.ExecuteDeleteAsync(cancellationToken);
        report.Characters.Removed += await db.Characters
            .Where(c => !db.FactCharacters.Any(m => m.CharacterId == c.Id) && !db.Credits.Any(k => k.CharacterId == c.Id))
            .ExecuteDeleteAsync(cancellationToken);
        report.People.Removed += await db.People
            .Where(p => !db.FactPeople.Any(m => m.PersonId == p.Id) && !db.Credits.Any(k => k.PersonId == p.Id) && !db.Characters.Any(c => c.ActorId == p.Id))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
