namespace TriviaApi.Search;

/// <summary>
/// A fact's row as the full-text index stores it (<c>FactSearch_content</c>): its text and names in the stemmed form
/// of <see cref="SearchText"/>, words separated by single spaces. Counts a word in it as FTS5 does, for rows of plain
/// ASCII: there, FTS5's tokenizer splits exactly at the spaces and changes no letter. Elsewhere it may fold a letter
/// <see cref="SearchText"/> keeps ("ø"), so <see cref="IsPlain"/> says when these counts can be trusted.
/// </summary>
public sealed class IndexedRow
{
    public int Id { get; init; }

    public required string Text { get; init; }

    public required string Names { get; init; }

    public bool IsPlain => Text.All(char.IsAscii) && Names.All(char.IsAscii);

    /// <summary>Tokens in all columns: what FTS5's <c>bm25()</c> takes as the row's length.</summary>
    public int Length => Count(Text, null) + Count(Names, null);

    /// <summary>The word's frequency with each column's weight, as <c>bm25()</c> counts it.</summary>
    public double Frequency(string word) => (Count(Text, word) * FullTextSearch.TextWeight) + (Count(Names, word) * FullTextSearch.NameWeight);

    /// <summary>How many of the column's tokens are <paramref name="word"/> (all of them when null).</summary>
    private static int Count(string column, string? word)
    {
        var count = 0;
        foreach (var range in column.AsSpan().Split(' '))
        {
            var token = column.AsSpan()[range];
            if (token.Length > 0 && (word is null || token.SequenceEqual(word)))
            {
                count++;
            }
        }

        return count;
    }
}
