using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Search.Index;

/// <summary>
/// Which state of the database the index reflects: a number every import advances in its own transaction (SQLite's
/// <c>user_version</c>, a header field no schema uses), recorded in each index commit. An index whose number differs
/// from the database's is stale, whoever wrote the database and however the index writer was interrupted.
/// </summary>
public static class DatabaseGeneration
{
    public const string CommitKey = "databaseGeneration";

    /// <summary>The database's generation; through EF Core, so it needs no open connection and joins any transaction.</summary>
    public static async Task<long> ReadAsync(TriviaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<long>("SELECT user_version AS Value FROM pragma_user_version").SingleAsync(cancellationToken);

    /// <summary>Moves the database to its next generation, in the caller's transaction; returns the new one.</summary>
    public static async Task<long> AdvanceAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        var next = (await ReadAsync(db, cancellationToken) % int.MaxValue) + 1;
        await using var write = PreparedCommands.Prepare(db, $"PRAGMA user_version = {next.ToString(CultureInfo.InvariantCulture)}");
        await write.ExecuteNonQueryAsync(cancellationToken);
        return next;
    }
}
