using Microsoft.EntityFrameworkCore;
using TriviaApi.Domain;

namespace TriviaApi.Data;

public static class KnownProfessions
{
    /// <summary>
    /// Every profession some person has, each once, as written. SQL, since EF does not translate a distinct over a
    /// JSON list's items; the table and column names come from the model, so renaming them in a configuration holds.
    /// </summary>
    public static Task<List<string>> KnownProfessionsAsync(this TriviaDbContext db, CancellationToken cancellationToken)
    {
        var people = db.Model.FindEntityType(typeof(Person))!;
        var table = people.GetTableName();
        var column = people.FindProperty(nameof(Person.Professions))!.GetColumnName();
        var sql = "SELECT DISTINCT p.value AS Value FROM \"" + table + "\", json_each(\"" + table + "\".\"" + column + "\") AS p";
        return db.Database.SqlQueryRaw<string>(sql).ToListAsync(cancellationToken);
    }
}
