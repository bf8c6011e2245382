using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Tests.Support;

/// <summary>
/// Everything the knowledge base holds, one row per line, in id order: two snapshots are equal exactly when an
/// import changed nothing (and the assertion's diff shows what did change).
/// </summary>
public static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await TakeAsync(db);
    }

    public static async Task<string> TakeAsync(TriviaDbContext db)
    {
        var rows = new List<string>();
        rows.AddRange((await db.Films.AsNoTracking().OrderBy(f => f.Id).ToListAsync())
            .Select(f => $"film {f.Id} {f.Slug} {f.Title} | {f.OriginalTitle} | {f.Year}"));
        rows.AddRange((await db.Facts.AsNoTracking().Include(f => f.SourceFile).OrderBy(f => f.Id).ToListAsync())
            .Select(f => $"fact {f.Id} film {f.FilmId} {f.SourceFile.FileName}:{f.SourceLine} {f.SourceFile.Language} {f.ContentHash} {f.Text}"));
        rows.AddRange((await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync())
            .Select(p => $"person {p.Id} {p.Slug} {p.Name} [{string.Join(", ", p.Professions)}]"));
        rows.AddRange((await db.Characters.AsNoTracking().OrderBy(c => c.Id).ToListAsync())
            .Select(c => $"character {c.Id} {c.Slug} {c.Name} film {c.FilmId} actor {c.ActorId}"));
        rows.AddRange((await db.Credits.AsNoTracking().OrderBy(c => c.FilmId).ThenBy(c => c.PersonId).ThenBy(c => c.Role).ToListAsync())
            .Select(c => $"credit film {c.FilmId} person {c.PersonId} {c.Role} character {c.CharacterId}"));
        rows.AddRange((await db.FactPeople.AsNoTracking().OrderBy(m => m.FactId).ThenBy(m => m.PersonId).ToListAsync())
            .Select(m => $"fact {m.FactId} names person {m.PersonId} [{string.Join(", ", m.Professions)}]"));
        rows.AddRange((await db.FactFilms.AsNoTracking().OrderBy(m => m.FactId).ThenBy(m => m.FilmId).ToListAsync())
            .Select(m => $"fact {m.FactId} names film {m.FilmId}"));
        rows.AddRange((await db.FactCharacters.AsNoTracking().OrderBy(m => m.FactId).ThenBy(m => m.CharacterId).ToListAsync())
            .Select(m => $"fact {m.FactId} names character {m.CharacterId}"));
        rows.AddRange((await db.FactTags.AsNoTracking().OrderBy(m => m.FactId).ThenBy(m => m.TagId).ToListAsync())
            .Select(m => $"fact {m.FactId} tagged {m.TagId}"));
        return string.Join('\n', rows);
    }
}
