using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TriviaApi.Data;

/// <summary>
/// Each connection to the session store commits without waiting for the disk (<c>synchronous = NORMAL</c>). A commit
/// that waits for its fsync waits behind everything else the machine is writing, an import above all. The store is in
/// write-ahead-log mode (EF Core creates SQLite files so), where this never corrupts it: a crash of the machine may
/// lose the last draws remembered, which matters nothing for sessions that lapse in hours.
/// </summary>
internal sealed class SessionStoreConnections : DbConnectionInterceptor
{
    public static SessionStoreConnections Instance { get; } = new();

    private const string CommitWithoutSync = "PRAGMA synchronous = NORMAL";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = CommitWithoutSync;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = CommitWithoutSync;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
