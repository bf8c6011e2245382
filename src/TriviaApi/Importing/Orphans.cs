using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Importing;

/// <summary>Removes the films, characters and people that no fact and no credit refers to any more.</summary>
internal static class Orphans
{
    public static async Task RemoveAsync(TriviaDbContext db, ImportReport report, CancellationToken cancellationToken)
    {
        // Films first: removing one frees its characters, and characters free their actors.
        report.Films.Removed += await db.Films
            .Where(f => !db.Facts.Any(t => t.FilmId == f.Id) && !db.FactFilms.Any(m => m.FilmId == f.Id))
            .ExecuteDeleteAsync(cancellationToken);
        report.Characters.Removed += await db.Characters
            .Where(c => !db.FactCharacters.Any(m => m.CharacterId == c.Id) && !db.Credits.Any(k => k.CharacterId == c.Id))
            .ExecuteDeleteAsync(cancellationToken);
        report.People.Removed += await db.People
            .Where(p => !db.FactPeople.Any(m => m.PersonId == p.Id) && !db.Credits.Any(k => k.PersonId == p.Id) && !db.Characters.Any(c => c.ActorId == p.Id))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
