using System.Globalization;

namespace TriviaApi.Data;

/// <summary>
/// A value as a column stores it: a number, text or null. A struct, so that a row queued for
/// <see cref="MultiRowInsert{TEntity}"/> boxes none of its numbers.
/// </summary>
internal readonly struct StoredValue
{
    private StoredValue(StoredKind kind, long number, string? text) => (Kind, Number, Text) = (kind, number, text);

    public static StoredValue Null => default;

    public StoredKind Kind { get; }

    public long Number { get; }

    public string? Text { get; }

    public static implicit operator StoredValue(int number) => new(StoredKind.Number, number, null);

    public static implicit operator StoredValue(long number) => new(StoredKind.Number, number, null);

    public static implicit operator StoredValue(string? text) => text is null ? Null : new(StoredKind.Text, 0, text);

    /// <summary>A value as EF Core's converters give it (<see cref="StoredColumns{TEntity}.ToStore"/>): a number, text, a time or null.</summary>
    public static StoredValue From(object? value) => value switch
    {
        null => Null,
        int number => number,
        long number => number,
        string text => text,

        // As text in the form Microsoft.Data.Sqlite gives a DateTime parameter, which EF Core's inserts bind.
        DateTime time => time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture),
        var other => throw new ArgumentException($"Values are numbers, text, times or null, not {other.GetType().Name}.", nameof(value)),
    };
}

/// <summary>What a <see cref="StoredValue"/> holds; the default is null.</summary>
internal enum StoredKind
{
    Null,
    Number,
    Text,
}
