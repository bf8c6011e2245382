using System.Globalization;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace TriviaApi.Data;

/// <summary>
/// Rows of an entity's table, queued and inserted when <see cref="Flush"/> is called, in the order added, in the
/// connection's current transaction. An insert statement of <see cref="RowsAtOnce"/> rows, prepared once on SQLite's own
/// handle of the connection (and one of a row, for the rest), takes them, each value bound by position: a statement's
/// every run opens and closes the table and its indexes and seeks its place in each, which one run for many rows does
/// once (and rows in key order after the first are appended in place). Microsoft.Data.Sqlite would do for every
/// command (find each parameter by name, check it, convert it) and what travelling as one JSON array would cost (the
/// array written, then parsed again by SQLite) both cost far more than the row itself. The table and columns are the
/// model's (<see cref="StoredColumns{TEntity}"/>).
/// </summary>
internal sealed class MultiRowInsert<TEntity> : IAsyncDisposable
{
    private readonly StoredColumns<TEntity> _columns;
    private readonly SqliteConnection _connection;
    /// <summary>How many rows one run of the larger statement inserts.</summary>
    private const int RowsAtOnce = 32;

    private readonly sqlite3_stmt _insert;
    private readonly sqlite3_stmt _insertMany;
    private readonly List<object?> _queued = [];

    public MultiRowInsert(TriviaDbContext db, params Expression<Func<TEntity, object?>>[] properties)
    {
        _columns = new StoredColumns<TEntity>(db, properties);
        _connection = (SqliteConnection)db.Database.GetDbConnection();
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            throw new InvalidOperationException("Rows are inserted on an open connection.");
        }

        var into = $"INSERT INTO {_columns.Table} ({string.Join(", ", _columns.Names)}) VALUES ";
        Check(raw.sqlite3_prepare_v2(_connection.Handle, into + Row(0, properties.Length), out _insert));
        var rows = Enumerable.Range(0, RowsAtOnce).Select(row => Row(row, properties.Length));
        Check(raw.sqlite3_prepare_v2(_connection.Handle, into + string.Join(", ", rows), out _insertMany));
    }

    /// <summary>Rows queued and not yet inserted.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Queues a row: one value per property, in the properties' order; each, as its column stores it, is a number,
    /// text, a time or null.
    /// </summary>
    public void Add(params object?[] row) => Queue(row, converted: false);

    /// <summary>
    /// Queues a row whose values are already as their columns store them (<see cref="ToStore"/>): a value converted once
    /// for many rows.
    /// </summary>
    public void AddStored(params object?[] row) => Queue(row, converted: true);

    /// <summary>A value of the <paramref name="column"/>th property, as its column stores it.</summary>
    public object? ToStore(int column, object? value) => _columns.ToStore(column, value);

    private void Queue(object?[] row, bool converted)
    {
        if (row.Length != _columns.Names.Count)
        {
            throw new ArgumentException($"This table takes {_columns.Names.Count} values a row, not {row.Length}.", nameof(row));
        }

        for (var column = 0; column < row.Length; column++)
        {
            var value = converted ? row[column] : _columns.ToStore(column, row[column]);
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

    /// <summary>Inserts the queued rows, in the order queued, in the caller's transaction.</summary>
    public void Flush()
    {
        var row = 0;
        for (; row + RowsAtOnce <= Count; row += RowsAtOnce)
        {
            Insert(_insertMany, row, RowsAtOnce);
        }

        for (; row < Count; row++)
        {
            Insert(_insert, row, 1);
        }

        _queued.Clear();
        Count = 0;
    }

    /// <summary>The placeholders of the row at <paramref name="row"/> in a statement: (?1, ?2, …) for the first.</summary>
    private static string Row(int row, int width) =>
        $"({string.Join(", ", Enumerable.Range((row * width) + 1, width).Select(i => $"?{i}"))})";

    /// <summary>Binds <paramref name="rows"/> queued rows from <paramref name="first"/> to a statement of that many, and runs it.</summary>
    private void Insert(sqlite3_stmt statement, int first, int rows)
    {
        var width = _columns.Names.Count;
        for (var i = 0; i < rows * width; i++)
        {
            var index = i + 1;
            Check(_queued[(first * width) + i] switch
            {
                null => raw.sqlite3_bind_null(statement, index),
                int number => raw.sqlite3_bind_int64(statement, index, number),
                long number => raw.sqlite3_bind_int64(statement, index, number),
                var text => raw.sqlite3_bind_text(statement, index, (string)text),
            });
        }

        var done = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (done != raw.SQLITE_DONE)
        {
            Check(done);
        }
    }

    public ValueTask DisposeAsync()
    {
        _insert.Dispose();
        _insertMany.Dispose();
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
