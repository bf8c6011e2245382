using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TriviaApi.Data;

/// <summary>
/// Rows for one table, queued and inserted by one statement when <see cref="Flush"/> is called, in the order added.
/// The rows travel as one JSON array that SQLite unpacks itself (<c>json_each</c>): a statement, and each parameter
/// bound to it, cost far more than a row (Microsoft.Data.Sqlite finds each parameter by name).
/// </summary>
internal sealed class MultiRowInsert : IAsyncDisposable
{
    // Raw non-ASCII text: SQLite reads it back exactly, and escaping it would only lengthen the JSON.
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly int _columns;
    private readonly DbCommand _insert;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _rows;

    public MultiRowInsert(TriviaDbContext db, string table, params string[] columns)
    {
        _columns = columns.Length;
        var values = string.Join(", ", columns.Select((_, i) => $"value ->> {i}"));
        _insert = PreparedCommands.Prepare(db, $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {values} FROM json_each($rows)", "$rows");
        _rows = new Utf8JsonWriter(_buffer, Json);
    }

    /// <summary>Rows queued and not yet inserted.</summary>
    public int Count { get; private set; }

    /// <summary>Queues a row: one value per column, in the columns' order; numbers, text or null.</summary>
    public void Add(params object?[] row)
    {
        if (row.Length != _columns)
        {
            throw new ArgumentException($"This table takes {_columns} values a row, not {row.Length}.", nameof(row));
        }

        if (Count == 0)
        {
            _rows.WriteStartArray();
        }

        _rows.WriteStartArray();
        foreach (var value in row)
        {
            switch (value)
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
                default:
                    throw new ArgumentException($"Values are numbers, text or null, not {value.GetType().Name}.", nameof(row));
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
