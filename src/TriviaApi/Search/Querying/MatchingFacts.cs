using System.Numerics;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Every fact a search matches, as a set of ids (one bit per id): how many, the one at a position in id order, and
/// distinct ones drawn uniformly at random. Random draws, the fact of the day and quizzes read only the ids they
/// pick from here, so the database is asked for a handful of rows however many facts match.
/// </summary>
public sealed class MatchingFacts
{
    private ulong[] _bits;

    public MatchingFacts()
        : this(0)
    {
    }

    /// <summary>A set with room for ids up to <paramref name="maxId"/> from the start: a search's set holds up to every fact.</summary>
    internal MatchingFacts(int maxId) => _bits = new ulong[Math.Max(1024, (maxId >> 6) + 1)];

    public int Count { get; private set; }

    /// <summary>Adds a fact (a fact is in the index once, so no id comes twice).</summary>
    internal void Add(int id)
    {
        var word = id >> 6;
        if (word >= _bits.Length)
        {
            Array.Resize(ref _bits, Math.Max(word + 1, _bits.Length * 2));
        }

        var bit = 1UL << (id & 63);
        if ((_bits[word] & bit) == 0)
        {
            _bits[word] |= bit;
            Count++;
        }
    }

    /// <summary>
    /// Adds the documents of a block of up to 64 given as bits (bit i is document <paramref name="firstDoc"/> + i), each
    /// document's id read from <paramref name="ids"/>. When the block's ids run one by one from <paramref name="runStart"/>
    /// (<see cref="FactColumns.RunStarts"/>; -1 when they do not), its bits are the ids' bits as they are, and are added
    /// a word at a time: a search of common words adds hundreds of thousands of facts.
    /// </summary>
    internal void AddBlock(ulong bits, int firstDoc, int[] ids, int runStart)
    {
        if (runStart < 0)
        {
            for (; bits != 0; bits &= bits - 1)
            {
                Add(ids[firstDoc + BitOperations.TrailingZeroCount(bits)]);
            }

            return;
        }

        var (word, shift) = (runStart >> 6, runStart & 63);
        if (word + 1 >= _bits.Length)
        {
            Array.Resize(ref _bits, Math.Max(word + 2, _bits.Length * 2));
        }

        Count += Or(word, bits << shift) + (shift == 0 ? 0 : Or(word + 1, bits >> (64 - shift)));
    }

    /// <summary>Sets <paramref name="bits"/> in a word; how many of them were not set yet.</summary>
    private int Or(int word, ulong bits)
    {
        var added = BitOperations.PopCount(bits & ~_bits[word]);
        _bits[word] |= bits;
        return added;
    }

    /// <summary>These facts but those with the given ids, such as the ones a session has been shown.</summary>
    public MatchingFacts Without(IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var rest = new MatchingFacts { _bits = (ulong[])_bits.Clone(), Count = Count };
        foreach (var id in ids)
        {
            var word = id >> 6;
            var bit = 1UL << (id & 63);
            if (id >= 0 && word < rest._bits.Length && (rest._bits[word] & bit) != 0)
            {
                rest._bits[word] &= ~bit;
                rest.Count--;
            }
        }

        return rest;
    }

    /// <summary>The id at <paramref name="position"/> (from 0) in ascending id order.</summary>
    public int IdAt(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, Count);
        var left = position;
        for (var word = 0; ; word++)
        {
            var bits = _bits[word];
            var inWord = BitOperations.PopCount(bits);
            if (left < inWord)
            {
                for (; left > 0; left--)
                {
                    bits &= bits - 1;
                }

                return (word << 6) + BitOperations.TrailingZeroCount(bits);
            }

            left -= inWord;
        }
    }

    /// <summary>Up to <paramref name="count"/> distinct ids in random order, each a uniform pick from those left; fewer only when fewer match.</summary>
    public List<int> Draw(int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (count >= Count)
        {
            var all = Ids().ToArray();
            random.Shuffle(all);
            return [.. all];
        }

        var positions = new HashSet<int>();
        var drawn = new List<int>(count);
        while (drawn.Count < count)
        {
            var position = random.Next(Count);
            if (positions.Add(position))
            {
                drawn.Add(IdAt(position));
            }
        }

        return drawn;
    }

    private IEnumerable<int> Ids()
    {
        for (var word = 0; word < _bits.Length; word++)
        {
            for (var bits = _bits[word]; bits != 0; bits &= bits - 1)
            {
                yield return (word << 6) + BitOperations.TrailingZeroCount(bits);
            }
        }
    }
}
