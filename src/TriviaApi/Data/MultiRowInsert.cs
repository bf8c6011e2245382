using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TriviaApi.Data;

/// <summary>
/// Rows of an entity's table, queued and inserted by one statement when <see cref="Flush"/> is called, in the order added.
/// The rows travel as one JSON array that SQLite unpacks itself: a statement, and each parameter bound to it, cost far
/// more than a row (Microsoft.Data.Sqlite finds each parameter by name). <c>jsonb_each</c> parses the array once and
/// hands each row over in SQLite's binary JSON, which its columns are read from without parsing text again
/// (<c>json_each</c> would hand each row over as text, parsed again for every column). The table and columns are the
/// model's (<see cref="StoredColumns{TEntity}"/>).
/// </summary>
internal sealed class MultiRowInsert<TEntity> : IAsyncDisposable
{
    // Raw non-ASCII text: SQLite reads it back exactly, and escaping it would only lengthen the JSON.
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly StoredColumns<TEntity> _columns;
    private readonly DbCommand _insert;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _rows;

    public MultiRowInsert(TriviaDbContext db, params Expression<Func<TEntity, object?>>[] properties)
    {
        _columns = new StoredColumns<TEntity>(db, properties);
        var values = string.Join(", ", properties.Select((_, i) => $"value ->> {i}"));
        _insert = PreparedCommands.Prepare(db,
            $"INSERT INTO {_columns.Table} ({string.Join(", ", _columns.Names)}) SELECT {values} FROM jsonb_each($rows)", "$rows");
        _rows = new Utf8JsonWriter(_buffer, Json);
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

        if (Count == 0)
        {
            _rows.WriteStartArray();
        }

        _rows.WriteStartArray();
        for (var column = 0; column < row.Length; column++)
        {
            switch (_columns.ToStore(column, row[column]))
            {
                case null:
                    _rows.WriteNullValue();
                    break;
                case int number:
                    _rows.WriteNumberValue(number);
                    break;
                case long number:
                    _rows.WriteNumberValue(number);
                    break;
                case string text:
                    _rows.WriteStringValue(text);
                    break;
                case DateTime time:
                    // As text in the form Microsoft.Data.Sqlite gives a DateTime parameter, which EF Core's inserts bind.
                    _rows.WriteStringValue(time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture));
                    break;
                case var other:
                    throw new ArgumentException($"Values are numbers, text, times or null, not {other.GetType().Name}.", nameof(row));
            }
        }

        _rows.WriteEndArray();
        Count++;
    }

    /// <summary>Inserts the queued rows, in the caller's transaction.</summary>
    public void Flush()
    {
        if (Count == 0)
        {
            return;
        }

        _rows.WriteEndArray();
        _rows.Flush();
        _insert.Parameters[0].Value = System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length);
        _insert.ExecuteNonQuery();
        _buffer.SetLength(0);
        _rows.Reset();
        Count = 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _rows.DisposeAsync();
        await _buffer.DisposeAsync();
    }
}
