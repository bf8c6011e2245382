using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TriviaApi.Search.Querying;

/// <summary>
/// Sorts hits by one of the <see cref="FactColumns"/> (id or year), as Lucene's sort by an integer field does but
/// reading the segment's array: Lucene's reads doc values, decoding a packed block for each hit it compares.
/// </summary>
internal sealed class ColumnSort(Func<FactColumns, int[]> column) : FieldComparerSource
{
    public static ColumnSort Id { get; } = new(c => c.Ids);

    public static ColumnSort Year { get; } = new(c => c.Years);

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new Comparer(column, numHits);

    private sealed class Comparer(Func<FactColumns, int[]> column, int hits) : FieldComparer<J2N.Numerics.Int32>
    {
        private readonly int[] _slots = new int[hits];
        private int[] _values = [];
        private int _bottom;
        private int _top;

        public override J2N.Numerics.Int32 this[int slot] => _slots[slot];

        public override int Compare(int slot1, int slot2) => _slots[slot1].CompareTo(_slots[slot2]);

        public override void SetBottom(int slot) => _bottom = _slots[slot];

        public override void SetTopValue(J2N.Numerics.Int32 value) => _top = value;

        public override int CompareBottom(int doc) => _bottom.CompareTo(_values[doc]);

        public override int CompareTop(int doc) => _top.CompareTo(_values[doc]);

        public override void Copy(int slot, int doc) => _slots[slot] = _values[doc];

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            _values = column(FactColumns.Of(context.AtomicReader));
            return this;
        }
    }
}
