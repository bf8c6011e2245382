using System.Globalization;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace TriviaApi.Data;

/// <summary>
/// Rows of an entity's table, queued and inserted when <see cref="Flush"/> is called, in the order added, in the
/// connection's current transaction. One insert statement, prepared once on SQLite's own handle of the connection,
/// takes the rows one after the other, each value bound by position: what Microsoft.Data.Sqlite would do for every
/// command (find each parameter by name, check it, convert it) and what travelling as one JSON array would cost (the
/// array written, then parsed again by SQLite) both cost far more than the row itself. The table and columns are the
/// model's (<see cref="StoredColumns{TEntity}"/>).
/// </summary>
internal sealed class MultiRowInsert<TEntity> : IAsyncDisposable
{
    private readonly StoredColumns<TEntity> _columns;
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _insert;
    private readonly List<object?> _queued = [];

    public MultiRowInsert(TriviaDbContext db, params Expression<Func<TEntity, object?>>[] properties)
    {
        _columns = new StoredColumns<TEntity>(db, properties);
        _connection = (SqliteConnection)db.Database.GetDbConnection();
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            throw new InvalidOperationException("Rows are inserted on an open connection.");
        }

        var values = string.Join(", ", properties.Select((_, i) => $"?{i + 1}"));
        var sql = $"INSERT INTO {_columns.Table} ({string.Join(", ", _columns.Names)}) VALUES ({values})";
        Check(raw.sqlite3_prepare_v2(_connection.Handle, sql, out _insert));
    }

    /// <summary>Rows queued and not yet inserted.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Queues a row: one value per property, in the properties' order; each, as its column stores it, is a number,
    /// text, a time or null.
    /// </summary>
    public void Add(params object?[] row)
    {
        if (row.Length != _columns.Names.Count)
        {
            throw new ArgumentException($"This table takes {_columns.Names.Count} values a row, not {row.Length}.", nameof(row));
        }

        for (var column = 0; column < row.Length; column++)
        {
            var value = _columns.ToStore(column, row[column]);
            _queued.Add(value switch
            {
                null or int or long or string => value,

                // As text in the form Microsoft.Data.Sqlite gives a DateTime parameter, which EF Core's inserts bind.
                DateTime time => time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture),
                var other => throw new ArgumentException($"Values are numbers, text, times or null, not {other.GetType().Name}.", nameof(row)),
            });
        }

        Count++;
    }

    /// <summary>Inserts the queued rows, in the caller's transaction.</summary>
    public void Flush()
    {
        var width = _columns.Names.Count;
        for (var row = 0; row < Count; row++)
        {
            for (var column = 0; column < width; column++)
            {
                var index = column + 1;
                Check(_queued[(row * width) + column] switch
                {
                    null => raw.sqlite3_bind_null(_insert, index),
                    int number => raw.sqlite3_bind_int64(_insert, index, number),
                    long number => raw.sqlite3_bind_int64(_insert, index, number),
                    var text => raw.sqlite3_bind_text(_insert, index, (string)text),
                });
            }

            var done = raw.sqlite3_step(_insert);
            raw.sqlite3_reset(_insert);
            if (done != raw.SQLITE_DONE)
            {
                Check(done);
            }
        }

        _queued.Clear();
        Count = 0;
    }

    public ValueTask DisposeAsync()
    {
        _insert.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _connection.Handle);
        }
    }
}
