using Microsoft.Data.Sqlite;
using Microsoft.Extensions.ObjectPool;

namespace TriviaApi.Data;

/// <summary>
/// The knowledge base's hottest reads, on connections of their own that stay open with their statements prepared. EF
/// Core's commands are made anew for every query, and Microsoft.Data.Sqlite prepares a command's SQL anew for every new
/// command (its statements live and die with the command, and closing a connection disposes its commands): a long
/// command such as a page of facts cost more to prepare than to run. Here each connection keeps one command per SQL
/// text, prepared once; a read takes an idle connection, runs its command and gives the connection back. In WAL mode
/// each run reads the last commit, as a fresh connection would, and SQLite prepares a statement again by itself when
/// the schema changes.
/// </summary>
public sealed class PreparedReads : IDisposable
{
    private readonly ObjectPool<PreparedConnection> _connections;

    public PreparedReads(DatabaseFile database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _connections = new DefaultObjectPoolProvider().Create(new Opening(database.ConnectionString));
    }

    /// <summary>
    /// Runs <paramref name="sql"/> with its <paramref name="parameters"/> (by name; null as SQL NULL), and reads its rows
    /// with <paramref name="read"/>. One SQL text always comes with the same parameter names.
    /// </summary>
    public T Read<T>(string sql, Func<SqliteDataReader, T> read, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(read);
        var connection = _connections.Get();
        T result;
        try
        {
            var command = connection.Command(sql, parameters);
            for (var i = 0; i < parameters.Length; i++)
            {
                command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
            }

            using var reader = command.ExecuteReader();
            result = read(reader);
        }
        catch
        {
            // A connection that failed is not trusted again.
            connection.Dispose();
            throw;
        }

        _connections.Return(connection);
        return result;
    }

    /// <summary>Ids as one JSON array, for <c>json_each</c>: a list of any length in one parameter, so the SQL text never changes.</summary>
    public static string JsonArray(IEnumerable<int> ids) =>
        $"[{string.Join(',', ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]";

    public void Dispose() => (_connections as IDisposable)?.Dispose();

    /// <summary>An open connection and the commands prepared on it, by SQL text.</summary>
    private sealed class PreparedConnection(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public SqliteCommand Command(string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var (name, _) in parameters)
                {
                    command.Parameters.Add(new SqliteParameter { ParameterName = name });
                }

                command.Prepare();
                _commands.Add(sql, command);
            }

            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            connection.Dispose();
        }
    }

    private sealed class Opening(string connectionString) : IPooledObjectPolicy<PreparedConnection>
    {
        public PreparedConnection Create()
        {
            var connection = new SqliteConnection(connectionString);
            connection.Open();
            return new PreparedConnection(connection);
        }

        public bool Return(PreparedConnection obj) => true;
    }
}
