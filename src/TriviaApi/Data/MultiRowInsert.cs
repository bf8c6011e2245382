using System.Linq.Expressions;
using System.Text;
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
    private readonly List<StoredValue> _queued = [];

    // Text is bound as UTF-8 from here, which SQLite copies at once: one buffer serves every value.
    private byte[] _utf8 = new byte[1024];

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
    /// Queues a row: one value per property, in the properties' order, each as its column stores it (a property EF
    /// converts, a list say, through <see cref="ToStore"/>, converted once for many rows).
    /// </summary>
    public void Add(params ReadOnlySpan<StoredValue> row)
    {
        if (row.Length != _columns.Names.Count)
        {
            throw new ArgumentException($"This table takes {_columns.Names.Count} values a row, not {row.Length}.", nameof(row));
        }

        _queued.AddRange(row);
        Count++;
    }

    /// <summary>A value of the <paramref name="column"/>th property, as its column stores it.</summary>
    public StoredValue ToStore(int column, object? value) => StoredValue.From(_columns.ToStore(column, value));

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
            var value = _queued[(first * width) + i];
            Check(value.Kind switch
            {
                StoredKind.Number => raw.sqlite3_bind_int64(statement, index, value.Number),
                // An empty span would reach SQLite as a null pointer, which binds NULL: the empty text goes as a string.
                StoredKind.Text when value.Text!.Length == 0 => raw.sqlite3_bind_text(statement, index, string.Empty),
                StoredKind.Text => raw.sqlite3_bind_text(statement, index, Utf8(value.Text)),
                _ => raw.sqlite3_bind_null(statement, index),
            });
        }

        var done = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (done != raw.SQLITE_DONE)
        {
            Check(done);
        }
    }

    private ReadOnlySpan<byte> Utf8(string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (length > _utf8.Length)
        {
            _utf8 = new byte[length];
        }

        return _utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, _utf8));
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
