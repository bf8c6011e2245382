using Microsoft.Data.Sqlite;
using TriviaApi.Data;

namespace TriviaApi.Tests.Data;

public sealed class SqliteTextOrderTests
{
    // Around every boundary where UTF-16 units and code points disagree: the surrogates, the private-use area above
    // them, the last BMP characters, and characters above the BMP; with prefixes and accents beside them.
    private static readonly string[] Keys =
    [
        "", "a", "ab", "abc", "b", "z", "á", "ação", "acao", "\u00FF", "\u0100", "\u07FF", "\u0800", "\uD7FF",
        "\uE000", "\uF8FF", "\uFB01", "\uFFFD", "\uFFFF", "🎬", "😀", "𝄞", "a🎬", "a\uFFFD", "a\uE000", "映画", "映",
        "\U00010000", "\U0010FFFF", "z🎬z", "z\uFFFDz",
    ];

    [Fact]
    public void Text_sorts_as_SQLite_sorts_it()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE \"Keys\" (\"Key\" TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        foreach (var key in Keys)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO \"Keys\" VALUES (@key)";
            insert.Parameters.AddWithValue("@key", key);
            insert.ExecuteNonQuery();
        }

        var bySqlite = new List<string>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT \"Key\" FROM \"Keys\" ORDER BY \"Key\"";
            using var rows = select.ExecuteReader();
            while (rows.Read())
            {
                bySqlite.Add(rows.GetString(0));
            }
        }

        var sorted = Keys.ToList();
        sorted.Sort(SqliteTextOrder.Compare);

        Assert.Equal(bySqlite, sorted);
        Assert.NotEqual(bySqlite, Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Equal_text_compares_equal_and_a_prefix_comes_first()
    {
        Assert.Equal(0, SqliteTextOrder.Compare("映画🎬", "映画🎬"));
        Assert.True(SqliteTextOrder.Compare("ab", "abc") < 0);
        Assert.True(SqliteTextOrder.Compare("abc", "ab") > 0);
    }
}
