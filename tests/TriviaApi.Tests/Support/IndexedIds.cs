using Lucene.Net.Index;
using TriviaApi.Search.Index;

namespace TriviaApi.Tests.Support;

/// <summary>Each document's fact id over a whole reader, read as the search reads them (<see cref="FactIds"/>, a segment at a time).</summary>
internal sealed class IndexedIds(IndexReader reader)
{
    private readonly int[] _ids = [.. reader.Leaves.SelectMany(leaf => FactIds.Read(leaf.AtomicReader))];

    public long Get(int doc) => _ids[doc];
}
