using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Search;

/// <summary>
/// Keeps the SQLite FTS5 tables in step with the knowledge base: <c>FactSearch</c> holds each fact's text and the names
/// of everything it links to, in the stemmed form of <see cref="SearchText"/>; <c>NameSearch</c> holds the names of
/// films, people and tags for entity search and suggestions. Writes join the caller's transaction.
/// </summary>
public static partial class SearchIndex
{
    private const int Batch = 2_000;

    /// <summary>The facts' full-text table and the columns of a row, for <see cref="MultiRowInsert"/>: the one way its rows are written.</summary>
    internal const string FactTable = "FactSearch";

    internal static readonly string[] FactColumns = ["rowid", "text", "names"];

    /// <summary>
    /// The names column of a fact's row: its film's titles, then the people, films, characters and topics it links to,
    /// each kind in id order, stemmed. The import writes new facts' rows with it, and re-indexing reads them back into it.
    /// Each name is stemmed on its own (words never span two names), so an import can pass a cached
    /// <see cref="SearchText.Normalize"/> as <paramref name="normalize"/>: the same few names recur in many facts.
    /// </summary>
    public static string FactNames(string title, string? originalTitle, IEnumerable<string> people, IEnumerable<(string Title, string? OriginalTitle)> films,
        IEnumerable<string> characters, IEnumerable<(string NamePt, string NameEn)> tags, Func<string, string>? normalize = null) =>
        string.Join(' ', new[] { title, originalTitle ?? "" }
            .Concat(people)
            .Concat(films.Select(f => $"{f.Title} {f.OriginalTitle}"))
            .Concat(characters)
            .Concat(tags.Select(t => $"{t.NamePt} {t.NameEn}"))
            .Select(normalize ?? SearchText.Normalize)
            .Where(name => name.Length > 0));

    /// <summary>
    /// Re-indexes the given facts (and drops rows of facts that no longer exist), then rebuilds the postings when any
    /// fact changed (<paramref name="factsAdded"/>: the import wrote new facts' rows itself) and the names.
    /// </summary>
    public static async Task UpdateAsync(TriviaDbContext db, IReadOnlyCollection<int> factIds, bool factsAdded, CancellationToken cancellationToken)
    {
        var removed = await ExecuteAsync(db, "DELETE FROM FactSearch WHERE rowid NOT IN (SELECT Id FROM Facts)", cancellationToken);
        // By id range, not an IN list: SQLite plans a range far better, and changed facts mostly sit together.
        foreach (var chunk in factIds.Order().Chunk(Batch))
        {
            var (from, to) = (chunk[0], chunk[^1]);
            await IndexFactsAsync(db, db.Facts.Where(f => f.Id >= from && f.Id <= to), cancellationToken, chunk.ToHashSet());
        }

        // The postings take seconds to rebuild at a million facts: not for an import that changed no fact.
        if (factsAdded || removed > 0 || factIds.Count > 0)
        {
            await RebuildPostingsAsync(db, cancellationToken);
        }

        await RebuildNamesAsync(db, cancellationToken);
    }

    /// <summary>Indexes everything from scratch: for a database created before search, or one whose index fell behind.</summary>
    public static async Task RebuildAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        await ExecuteAsync(db, "DELETE FROM FactSearch", cancellationToken);
        var lastId = 0;
        while (true)
        {
            var ids = await db.Facts.Where(f => f.Id > lastId).OrderBy(f => f.Id).Select(f => f.Id).Take(Batch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            var (from, to) = (lastId, ids[^1]);
            await IndexFactsAsync(db, db.Facts.Where(f => f.Id > from && f.Id <= to), cancellationToken);
            lastId = to;
        }

        await RebuildPostingsAsync(db, cancellationToken);
        await RebuildNamesAsync(db, cancellationToken);
    }

    /// <summary>
    /// What start-up does before trusting the index: every fact must have its row, else everything is indexed again;
    /// and a corpus large enough to need them must have its <see cref="TermPostings"/> (a database indexed before they
    /// existed gets them).
    /// </summary>
    public static async Task CompleteAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        var facts = await db.Facts.CountAsync(cancellationToken);
        if (await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM FactSearch").SingleAsync(cancellationToken) != facts)
        {
            await RebuildAsync(db, cancellationToken);
        }
        else if (facts >= TermPostings.MinFacts && await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM (SELECT 1 FROM FactSearchPostings LIMIT 1)").SingleAsync(cancellationToken) == 0)
        {
            await RebuildPostingsAsync(db, cancellationToken);
        }
    }

    /// <summary>The unsigned varints FTS5 packs its sizes in (SQLite's encoding: 7 bits a byte, high bit set on all but the last).</summary>
    public static long[] Varints(byte[] bytes)
    {
        var values = new List<long>();
        for (var i = 0; i < bytes.Length;)
        {
            long value = 0;
            byte next;
            do
            {
                next = bytes[i++];
                value = (value << 7) | (next & 0x7fL);
            }
            while ((next & 0x80) != 0 && i < bytes.Length);
            values.Add(value);
        }

        return values.ToArray();
    }

    private static async Task IndexFactsAsync(TriviaDbContext db, IQueryable<Domain.TriviaFact> facts, CancellationToken cancellationToken, HashSet<int>? only = null)
    {
        var rows = await facts.AsNoTracking().Select(f => new
        {
            f.Id,
            f.Text,
            f.Film.Title,
            f.Film.OriginalTitle,
            People = f.People.OrderBy(m => m.PersonId).Select(m => m.Person.Name).ToList(),
            Films = f.Films.OrderBy(m => m.FilmId).Select(m => new { m.Film.Title, m.Film.OriginalTitle }).ToList(),
            Characters = f.Characters.OrderBy(m => m.CharacterId).Select(m => m.Character.Name).ToList(),
            Tags = f.Tags.OrderBy(m => m.TagId).Select(m => new { m.Tag.NamePt, m.Tag.NameEn }).ToList(),
        }).AsSplitQuery().ToListAsync(cancellationToken);

        await using var delete = PreparedCommands.Prepare(db, "DELETE FROM FactSearch WHERE rowid = $id", "$id");
        await using var insert = new MultiRowInsert(db, FactTable, FactColumns);
        foreach (var row in rows.Where(r => only is null || only.Contains(r.Id)))
        {
            delete.Parameters[0].Value = row.Id;
            await delete.ExecuteNonQueryAsync(cancellationToken);
            insert.Add(row.Id, SearchText.Normalize(row.Text), FactNames(row.Title, row.OriginalTitle, row.People,
                row.Films.Select(m => (m.Title, m.OriginalTitle)), row.Characters, row.Tags.Select(m => (m.NamePt, m.NameEn))));
        }

        insert.Flush();
    }

    private static async Task RebuildNamesAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        await ExecuteAsync(db, "DELETE FROM NameSearch", cancellationToken);
        var names = (await db.Films.AsNoTracking().Select(f => new { Kind = "film", f.Id, Name = f.Title + " " + (f.OriginalTitle ?? "") }).ToListAsync(cancellationToken))
            .Concat(await db.People.AsNoTracking().Select(p => new { Kind = "person", p.Id, p.Name }).ToListAsync(cancellationToken))
            .Concat(await db.Tags.AsNoTracking().Select(t => new { Kind = "tag", t.Id, Name = t.NamePt + " " + t.NameEn }).ToListAsync(cancellationToken));
        await using var insert = PreparedCommands.Prepare(db, "INSERT INTO NameSearch(name, kind, entity_id) VALUES ($name, $kind, $id)", "$name", "$kind", "$id");
        foreach (var entry in names)
        {
            insert.Parameters[0].Value = SearchText.Normalize(entry.Name);
            insert.Parameters[1].Value = entry.Kind;
            insert.Parameters[2].Value = entry.Id;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<int> ExecuteAsync(TriviaDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = PreparedCommands.Prepare(db, sql);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
