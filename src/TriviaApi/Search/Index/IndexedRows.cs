using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Search.Index;

/// <summary>Reads what the index holds from the database: facts with their links, and every name.</summary>
internal static class IndexedRows
{
    public static async Task<List<IndexedFact>> FactsAsync(TriviaDbContext db, IQueryable<Domain.TriviaFact> facts, CancellationToken cancellationToken)
    {
        var rows = await facts.AsNoTracking().OrderBy(f => f.Id).Select(f => new
        {
            f.Id,
            f.Text,
            f.FilmId,
            f.Film.Year,
            f.Film.Title,
            f.Film.OriginalTitle,
            People = f.People.Select(m => new { m.PersonId, m.Person.Name }).ToList(),
            Films = f.Films.Select(m => new { m.FilmId, m.Film.Title, m.Film.OriginalTitle }).ToList(),
            Characters = f.Characters.Select(m => m.Character.Name).ToList(),
            Tags = f.Tags.Select(m => new { m.TagId, m.Tag.NamePt, m.Tag.NameEn }).ToList(),
        }).AsSplitQuery().ToListAsync(cancellationToken);
        return rows.Select(r => new IndexedFact(
            r.Id,
            r.Text,
            r.FilmId,
            r.Year,
            new[] { r.Title, r.OriginalTitle ?? "" }
                .Concat(r.People.Select(p => p.Name))
                .Concat(r.Films.SelectMany(m => new[] { m.Title, m.OriginalTitle ?? "" }))
                .Concat(r.Characters)
                .Concat(r.Tags.SelectMany(t => new[] { t.NamePt, t.NameEn }))
                .Where(n => n.Length > 0).ToList(),
            r.People.Select(p => p.PersonId).ToList(),
            r.Films.Select(m => m.FilmId).ToList(),
            r.Tags.Select(t => t.TagId).ToList())).ToList();
    }

    public static async Task<List<IndexedName>> NamesAsync(TriviaDbContext db, CancellationToken cancellationToken) =>
        (await db.Films.AsNoTracking().Select(f => new IndexedName("film", f.Id, f.Title + "\n" + (f.OriginalTitle ?? ""))).ToListAsync(cancellationToken))
            .Concat(await db.People.AsNoTracking().Select(p => new IndexedName("person", p.Id, p.Name)).ToListAsync(cancellationToken))
            .Concat(await db.Tags.AsNoTracking().Select(t => new IndexedName("tag", t.Id, t.NamePt + "\n" + t.NameEn)).ToListAsync(cancellationToken))
            .ToList();
}
