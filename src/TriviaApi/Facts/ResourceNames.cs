using Microsoft.Data.Sqlite;
using TriviaApi.Data;

namespace TriviaApi.Facts;

/// <summary>
/// Films, people and topics by id as responses name them, and facts' texts with their film's title: what the ids the
/// search index finds for facets, <c>/search</c> and completions are shown as. Read on prepared connections
/// (<see cref="PreparedReads"/>), since those requests name a page of ids each.
/// </summary>
public sealed class ResourceNames(PreparedReads reads)
{
    private const string FilmsSql = """
        SELECT "Id", "Slug", "Title", "OriginalTitle", "Year" FROM "Films" WHERE "Id" IN (SELECT "value" FROM json_each(@ids))
        """;

    private const string PeopleSql = """SELECT "Id", "Slug", "Name" FROM "People" WHERE "Id" IN (SELECT "value" FROM json_each(@ids))""";

    private const string TagsSql = """SELECT "Id", "Slug", "NamePt", "NameEn" FROM "Tags" WHERE "Id" IN (SELECT "value" FROM json_each(@ids))""";

    private const string FactsSql = """
        SELECT "f"."Id", "fi"."Title", "f"."Text" FROM "Facts" AS "f" JOIN "Films" AS "fi" ON "fi"."Id" = "f"."FilmId"
        WHERE "f"."Id" IN (SELECT "value" FROM json_each(@ids))
        """;

    public sealed record FilmName(int Id, string Slug, string Title, string? OriginalTitle, int Year);

    public sealed record PersonName(int Id, string Slug, string Name);

    public sealed record TagName(int Id, string Slug, string NamePt, string NameEn);

    public sealed record FactText(int Id, string FilmTitle, string Text);

    /// <summary>The films with these ids, by id; ids with no film are left out.</summary>
    public Dictionary<int, FilmName> Films(IEnumerable<int> ids) =>
        ById(FilmsSql, ids, row => new FilmName(row.GetInt32(0), row.GetString(1), row.GetString(2), row.IsDBNull(3) ? null : row.GetString(3), row.GetInt32(4)));

    public Dictionary<int, PersonName> People(IEnumerable<int> ids) =>
        ById(PeopleSql, ids, row => new PersonName(row.GetInt32(0), row.GetString(1), row.GetString(2)));

    public Dictionary<int, TagName> Tags(IEnumerable<int> ids) =>
        ById(TagsSql, ids, row => new TagName(row.GetInt32(0), row.GetString(1), row.GetString(2), row.GetString(3)));

    /// <summary>The facts with these ids, with their film's title, by id.</summary>
    public Dictionary<int, FactText> Facts(IEnumerable<int> ids) =>
        ById(FactsSql, ids, row => new FactText(row.GetInt32(0), row.GetString(1), row.GetString(2)));

    private Dictionary<int, T> ById<T>(string sql, IEnumerable<int> ids, Func<SqliteDataReader, T> make) => reads.Read(sql, rows =>
    {
        var found = new Dictionary<int, T>();
        while (rows.Read())
        {
            found[rows.GetInt32(0)] = make(rows);
        }

        return found;
    }, ("@ids", PreparedReads.JsonArray(ids)));
}
