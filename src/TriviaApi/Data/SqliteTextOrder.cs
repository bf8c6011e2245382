namespace TriviaApi.Data;

/// <summary>
/// SQLite's order for text (its BINARY collation: the bytes of the UTF-8, which is the order of the code points), for
/// rows put in order after they are read. .NET's ordinal comparison differs from it in one place: it compares UTF-16
/// units, which puts U+E000–U+FFFF after the surrogates of the characters above them.
/// </summary>
public static class SqliteTextOrder
{
    public static int Compare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            int x = a[i], y = b[i];
            if (x != y)
            {
                // Both at or above the surrogates: move the surrogates above U+FFFF's units, where their characters are.
                if (x >= 0xD800 && y >= 0xD800)
                {
                    x += x >= 0xE000 ? -0x800 : 0x2000;
                    y += y >= 0xE000 ? -0x800 : 0x2000;
                }

                return x - y;
            }
        }

        return a.Length - b.Length;
    }
}
