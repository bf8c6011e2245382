using Microsoft.Data.Sqlite;

namespace TriviaApi.Data;

/// <summary>
/// One connection to the knowledge base that a running server keeps open, having read through it once, until it
/// stops. SQLite leaves WAL mode only while no other connection has the file open, and a server's own connections come
/// and go with its pools: held open, this one keeps an import run from the command line beside the server in WAL mode
/// (<see cref="RollbackJournal"/>), so the server's reads never wait for that import's commit. The import command and
/// the start-up steps, which run before the server starts, do not hold it.
/// </summary>
internal sealed class ServerConnection(DatabaseFile database) : IHostedService, IAsyncDisposable
{
    private SqliteConnection? _connection;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.IsInMemory)
        {
            return;
        }

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
        await _connection.OpenAsync(cancellationToken);

        // A connection takes its share of the file (in WAL mode, a shared lock for as long as it is open) at its first read.
        await using var read = _connection.CreateCommand();
        read.CommandText = "PRAGMA schema_version";
        await read.ExecuteScalarAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}
