using System.Data.Common;
using System.Text;

namespace TriviaApi.Data;

/// <summary>
/// Rows for one table, queued and inserted many to a statement when <see cref="Flush"/> is called: a statement costs
/// far more than a row, so a first import's millions of rows go in as thousands of statements. One prepared statement
/// per number of rows, made when first needed; rows go in the order they were added.
/// </summary>
internal sealed class MultiRowInsert(TriviaDbContext db, string table, params string[] columns) : IAsyncDisposable
{
    // Well under SQLite's limit of 32,766 parameters a statement for any of our tables.
    private const int MaxRows = 100;

    private readonly List<object?> _values = [];
    private readonly Dictionary<int, DbCommand> _statements = [];

    /// <summary>Rows queued and not yet inserted.</summary>
    public int Count => _values.Count / columns.Length;

    /// <summary>Queues a row: one value per column, in the columns' order (null as SQL NULL).</summary>
    public void Add(params object?[] row)
    {
        if (row.Length != columns.Length)
        {
            throw new ArgumentException($"{table} takes {columns.Length} values a row, not {row.Length}.", nameof(row));
        }

        _values.AddRange(row);
    }

    /// <summary>Inserts the queued rows, in the caller's transaction.</summary>
    public void Flush()
    {
        var rows = Count;
        for (var first = 0; first < rows; first += MaxRows)
        {
            var count = Math.Min(MaxRows, rows - first);
            var statement = Statement(count);
            for (var i = 0; i < count * columns.Length; i++)
            {
                statement.Parameters[i].Value = _values[(first * columns.Length) + i] ?? DBNull.Value;
            }

            statement.ExecuteNonQuery();
        }

        _values.Clear();
    }

    private DbCommand Statement(int rows)
    {
        if (!_statements.TryGetValue(rows, out var statement))
        {
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var parameters = new List<string>();
            for (var row = 0; row < rows; row++)
            {
                var names = columns.Select((_, column) => $"$p{(row * columns.Length) + column}").ToList();
                sql.Append(row > 0 ? ", (" : "(").AppendJoin(", ", names).Append(')');
                parameters.AddRange(names);
            }

            _statements[rows] = statement = PreparedCommands.Prepare(db, sql.ToString(), [.. parameters]);
        }

        return statement;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in _statements.Values)
        {
            await statement.DisposeAsync();
        }
    }
}
