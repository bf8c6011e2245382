using TriviaApi.Api;
using TriviaApi.Data;

namespace TriviaApi.Facts;

/// <summary>
/// Turns the ids or slugs in paths and filters into ids, or a <see cref="MissingResourceException"/>: a 404 for a path,
/// a 400 naming the parameter for a filter. Read on prepared connections (<see cref="PreparedReads"/>): a filter's
/// topic or person is resolved on every request that names one.
/// </summary>
public sealed class ReferenceResolver(PreparedReads reads)
{
    private const string FilmSql = """SELECT "Id" FROM "Films" WHERE "Id" = @id OR "Slug" = @slug LIMIT 1""";
    private const string PersonSql = """SELECT "Id" FROM "People" WHERE "Id" = @id OR "Slug" = @slug LIMIT 1""";
    private const string TagSql = """SELECT "Id" FROM "Tags" WHERE "Slug" = @slug LIMIT 1""";

    public int FilmId(IdOrSlug idOrSlug, string? parameter = null) =>
        Find(FilmSql, idOrSlug) ?? throw new MissingResourceException("film", idOrSlug.ToString(), parameter);

    public int PersonId(IdOrSlug idOrSlug, string? parameter = null) =>
        Find(PersonSql, idOrSlug) ?? throw new MissingResourceException("person", idOrSlug.ToString(), parameter);

    // A path names a topic by its slug; a filter's message reads like those of the film and person filters.
    public int TagId(string slug, string? parameter = null) =>
        reads.Read(TagSql, FirstId, ("@slug", slug))
        ?? throw new MissingResourceException("tag", slug, parameter, identifiedBy: parameter is null ? "slug" : "id or slug");

    /// <summary>A film or a person, for filters that take either: (film id, person id), at least one set.</summary>
    public (int? FilmId, int? PersonId) FilmOrPerson(IdOrSlug idOrSlug, string parameter)
    {
        var film = Find(FilmSql, idOrSlug);
        var person = Find(PersonSql, idOrSlug);
        return film is null && person is null ? throw new MissingResourceException("film or person", idOrSlug.ToString(), parameter) : (film, person);
    }

    private int? Find(string sql, IdOrSlug idOrSlug) => reads.Read(sql, FirstId, ("@id", idOrSlug.Id), ("@slug", idOrSlug.Slug));

    private static int? FirstId(Microsoft.Data.Sqlite.SqliteDataReader rows) => rows.Read() ? rows.GetInt32(0) : null;
}
