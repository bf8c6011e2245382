using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TriviaApi.Data;

/// <summary>
/// Where some of an entity's properties are stored, read from the EF model: the table, the columns (quoted for SQL)
/// and the conversion of each value to what the column holds. Raw SQL takes its names from here, so renaming a table
/// or a column in a configuration renames it in that SQL too.
/// </summary>
internal sealed class StoredColumns<TEntity>
{
    private readonly ValueConverter?[] _converters;

    public StoredColumns(TriviaDbContext db, params Expression<Func<TEntity, object?>>[] properties)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var mapped = properties.Select(p => entity.FindProperty(PropertyName(p))
            ?? throw new ArgumentException($"{typeof(TEntity).Name}.{PropertyName(p)} is not stored.", nameof(properties))).ToList();
        TableName = entity.GetTableName()!;
        Table = Quote(TableName);
        Key = Quote(entity.FindPrimaryKey()!.Properties[0].GetColumnName());
        Names = [.. mapped.Select(p => Quote(p.GetColumnName()))];
        // A primitive collection (a person's professions) is stored as EF's JSON of it; its own converter keeps the format exact.
        _converters = [.. mapped.Select(p => p.GetTypeMapping().Converter)];
    }

    /// <summary>The table's name as SQLite records it (in <c>sqlite_sequence</c>, say), unquoted.</summary>
    public string TableName { get; }

    /// <summary>The table, quoted.</summary>
    public string Table { get; }

    /// <summary>The first column of the primary key, quoted.</summary>
    public string Key { get; }

    /// <summary>The columns of the properties given, in their order, quoted.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>A value of the <paramref name="column"/>th property given, as its column stores it.</summary>
    public object? ToStore(int column, object? value) =>
        value is not null && _converters[column] is { } converter ? converter.ConvertToProvider(value) : value;

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string PropertyName(LambdaExpression property) =>
        (property.Body is UnaryExpression { NodeType: ExpressionType.Convert } boxed ? boxed.Operand : property.Body) is MemberExpression member
            ? member.Member.Name
            : throw new ArgumentException($"{property} does not name a property.", nameof(property));
}
