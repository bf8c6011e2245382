using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;

namespace TriviaApi.Data;

/// <summary>
/// Inserts entities one at a time with a prepared command, in the context's current transaction, and returns the id
/// SQLite gives each: for writers that need an entity's id the moment it exists, without EF's change tracking. The
/// table and columns are the model's (<see cref="StoredColumns{TEntity}"/>).
/// </summary>
internal sealed class EntityInsert<TEntity> : IAsyncDisposable
{
    private readonly StoredColumns<TEntity> _columns;
    private readonly Func<TEntity, object?>[] _values;
    private readonly DbCommand _insert;

    public EntityInsert(TriviaDbContext db, params Expression<Func<TEntity, object?>>[] properties)
    {
        _columns = new StoredColumns<TEntity>(db, properties);
        _values = [.. properties.Select(p => p.Compile())];
        var parameters = properties.Select((_, i) => "$" + (i + 1).ToString(CultureInfo.InvariantCulture)).ToArray();
        _insert = PreparedCommands.Prepare(db,
            $"INSERT INTO {_columns.Table} ({string.Join(", ", _columns.Names)}) VALUES ({string.Join(", ", parameters)}) RETURNING {_columns.Key}",
            parameters);
    }

    /// <summary>Inserts the entity's row; returns its new id.</summary>
    public int Insert(TEntity entity)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            _insert.Parameters[i].Value = _columns.ToStore(i, _values[i](entity)) ?? DBNull.Value;
        }

        return Convert.ToInt32(_insert.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _insert.DisposeAsync();
}
