namespace TriviaApi.Search.Querying;

/// <summary>
/// Documents' years with, for each block of 64 documents, the least and the greatest: facts are written film by film,
/// so most blocks hold one or two years, and a block wholly inside or outside a range of years is kept or dropped
/// whole, where a filter by years would otherwise read the year of every match.
/// </summary>
internal sealed class YearBlocks
{
    private readonly int[] _years;
    private readonly int[] _least;
    private readonly int[] _most;

    /// <param name="years">Each document's year, document d at <c>years[d]</c>.</param>
    public YearBlocks(int[] years)
    {
        _years = years;
        var blocks = (years.Length + 63) >> 6;
        (_least, _most) = (new int[blocks], new int[blocks]);
        for (var block = 0; block < blocks; block++)
        {
            var (first, end) = (block << 6, Math.Min(years.Length, (block << 6) + 64));
            var (least, most) = (years[first], years[first]);
            for (var doc = first + 1; doc < end; doc++)
            {
                (least, most) = (Math.Min(least, years[doc]), Math.Max(most, years[doc]));
            }

            (_least[block], _most[block]) = (least, most);
        }
    }

    /// <summary>Of the documents of <paramref name="block"/> given as bits (bit i is document 64 × block + i), those from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public ulong Keep(int block, ulong bits, int from, int to)
    {
        if (bits == 0 || (_least[block] >= from && _most[block] <= to))
        {
            return bits;
        }

        if (_least[block] > to || _most[block] < from)
        {
            return 0;
        }

        var first = block << 6;
        for (var rest = bits; rest != 0; rest &= rest - 1)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(rest);
            var year = _years[first + bit];
            if (year < from || year > to)
            {
                bits &= ~(1UL << bit);
            }
        }

        return bits;
    }
}
