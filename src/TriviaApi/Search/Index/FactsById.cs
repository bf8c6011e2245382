using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TriviaApi.Search.Index;

/// <summary>
/// The documents of some facts, found by their ids as each segment holds them (<see cref="FactIds"/>): what an import
/// deletes to replace or remove facts, no fact having a term of its own (<see cref="FactFields.Id"/>). The writer
/// applies it to each segment once, however many facts it names, where a query per fact would read every segment's
/// ids again.
/// </summary>
internal sealed class FactsById(IReadOnlySet<int> ids) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var segment = FactIds.Read(context.AtomicReader);
        FixedBitSet? found = null;
        for (var doc = 0; doc < segment.Length; doc++)
        {
            if (segment[doc] != 0 && ids.Contains(segment[doc]) && (acceptDocs is null || acceptDocs.Get(doc)))
            {
                (found ??= new FixedBitSet(segment.Length)).Set(doc);
            }
        }

        return found;
    }
}
