using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Search.Index;

/// <summary>
/// Reads what the index holds from the database: facts with their links, and every name. Facts are read as they are
/// needed, in id order: the facts and each link table are scanned once, in the order of their keys, and merged by
/// fact id, so a rebuild reads a million facts in five statements rather than a query per batch of them.
/// </summary>
internal static class IndexedRows
{
    private const string FactsSql = """
        SELECT f."Id", f."Text", f."FilmId", m."Year", m."Title", m."OriginalTitle"
        FROM "Facts" f JOIN "Films" m ON m."Id" = f."FilmId" WHERE f."Id" {0} ORDER BY f."Id"
        """;

    private const string PeopleSql = """
        SELECT l."FactId", l."PersonId", p."Name"
        FROM "FactPeople" l JOIN "People" p ON p."Id" = l."PersonId" WHERE l."FactId" {0} ORDER BY l."FactId", l."PersonId"
        """;

    private const string FilmsSql = """
        SELECT l."FactId", l."FilmId", m."Title", m."OriginalTitle"
        FROM "FactFilms" l JOIN "Films" m ON m."Id" = l."FilmId" WHERE l."FactId" {0} ORDER BY l."FactId", l."FilmId"
        """;

    private const string CharactersSql = """
        SELECT l."FactId", c."Name"
        FROM "FactCharacters" l JOIN "Characters" c ON c."Id" = l."CharacterId" WHERE l."FactId" {0} ORDER BY l."FactId", l."CharacterId"
        """;

    private const string TagsSql = """
        SELECT l."FactId", l."TagId", t."NamePt", t."NameEn"
        FROM "FactTags" l JOIN "Tags" t ON t."Id" = l."TagId" WHERE l."FactId" {0} ORDER BY l."FactId", l."TagId"
        """;

    /// <summary>The facts with ids up to <paramref name="lastId"/>, with their links, in id order, on the context's connection (open) and in its transaction.</summary>
    public static IEnumerable<IndexedFact> FactsUpTo(TriviaDbContext db, int lastId) => Facts(db, "<= @selected", lastId);

    /// <summary>The facts with these ids, with their links, in id order, on the context's connection (open) and in its transaction.</summary>
    public static IEnumerable<IndexedFact> FactsWithIds(TriviaDbContext db, IEnumerable<int> ids) =>
        Facts(db, """IN (SELECT "value" FROM json_each(@selected))""", PreparedReads.JsonArray(ids));

    public static async Task<List<IndexedName>> NamesAsync(TriviaDbContext db, CancellationToken cancellationToken) =>
        (await db.Films.AsNoTracking().Select(f => new IndexedName("film", f.Id, f.Title + "\n" + (f.OriginalTitle ?? ""))).ToListAsync(cancellationToken))
            .Concat(await db.People.AsNoTracking().Select(p => new IndexedName("person", p.Id, p.Name)).ToListAsync(cancellationToken))
            .Concat(await db.Tags.AsNoTracking().Select(t => new IndexedName("tag", t.Id, t.NamePt + "\n" + t.NameEn)).ToListAsync(cancellationToken))
            .ToList();

    private static IEnumerable<IndexedFact> Facts(TriviaDbContext db, string selection, object selected)
    {
        using var facts = new RowsInFactOrder(db, FactsSql, selection, selected);
        using var people = new RowsInFactOrder(db, PeopleSql, selection, selected);
        using var films = new RowsInFactOrder(db, FilmsSql, selection, selected);
        using var characters = new RowsInFactOrder(db, CharactersSql, selection, selected);
        using var tags = new RowsInFactOrder(db, TagsSql, selection, selected);
        for (var row = facts.Row; facts.Any; facts.Next())
        {
            var id = row.GetInt32(0);
            var names = new List<string>();
            AddName(names, row, 4);
            AddName(names, row, 5);
            var peopleIds = new List<int>();
            for (; people.At(id); people.Next())
            {
                peopleIds.Add(people.Row.GetInt32(1));
                AddName(names, people.Row, 2);
            }

            var filmIds = new List<int>();
            for (; films.At(id); films.Next())
            {
                filmIds.Add(films.Row.GetInt32(1));
                AddName(names, films.Row, 2);
                AddName(names, films.Row, 3);
            }

            for (; characters.At(id); characters.Next())
            {
                AddName(names, characters.Row, 1);
            }

            var tagIds = new List<int>();
            for (; tags.At(id); tags.Next())
            {
                tagIds.Add(tags.Row.GetInt32(1));
                AddName(names, tags.Row, 2);
                AddName(names, tags.Row, 3);
            }

            yield return new IndexedFact(id, row.GetString(1), row.GetInt32(2), row.GetInt32(3), names, peopleIds, filmIds, tagIds);
        }
    }

    private static void AddName(List<string> names, DbDataReader row, int column)
    {
        if (!row.IsDBNull(column) && row.GetString(column) is { Length: > 0 } name)
        {
            names.Add(name);
        }
    }

    /// <summary>One statement's rows in fact order (its first column), read alongside the facts'.</summary>
    private sealed class RowsInFactOrder : IDisposable
    {
        private readonly DbCommand _command;

        public RowsInFactOrder(TriviaDbContext db, string sql, string selection, object selected)
        {
            _command = PreparedCommands.Prepare(db, string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, selection), "@selected");
            _command.Parameters[0].Value = selected;
            Row = _command.ExecuteReader();
            Any = Row.Read();
        }

        public DbDataReader Row { get; }

        /// <summary>Whether a row is at hand.</summary>
        public bool Any { get; private set; }

        /// <summary>Whether the row at hand is one of fact <paramref name="factId"/>'s (rows of facts before it are passed over).</summary>
        public bool At(int factId)
        {
            while (Any && Row.GetInt32(0) < factId)
            {
                Next();
            }

            return Any && Row.GetInt32(0) == factId;
        }

        public void Next() => Any = Row.Read();

        public void Dispose()
        {
            Row.Dispose();
            _command.Dispose();
        }
    }
}
