using System.Globalization;
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

    public static async Task<long> ReadAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        await using var read = PreparedCommands.Prepare(db, "PRAGMA user_version");
        return Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Moves the database to its next generation, in the caller's transaction; returns the new one.</summary>
    public static async Task<long> AdvanceAsync(TriviaDbContext db, CancellationToken cancellationToken)
    {
        var next = (await ReadAsync(db, cancellationToken) % int.MaxValue) + 1;
        await using var write = PreparedCommands.Prepare(db, $"PRAGMA user_version = {next.ToString(CultureInfo.InvariantCulture)}");
        await write.ExecuteNonQueryAsync(cancellationToken);
        return next;
    }
}
