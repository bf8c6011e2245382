using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TriviaApi.Search.Index;

/// <summary>
/// The fact id of each document of a segment, read from the terms of its numeric <see cref="FactFields.Id"/> field (the
/// full-precision term of each fact names its one document), 0 for a document without one (a name's). Facts keep no
/// doc values for their id: Lucene.Net 4.8 sizes a numeric or binary doc-values field's buffer with a reflective walk
/// of its objects at every value added (its <c>DocsWithFieldBytesUsed</c> measures the bit set, not its words), which
/// cost an import of a million facts a million walks and their garbage. A segment's ids are read once, as it opens
/// (<c>FactColumns</c>).
/// </summary>
public static class FactIds
{
    public static int[] Read(AtomicReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var ids = new int[reader.MaxDoc];
        if (reader.GetTerms(FactFields.Id) is not { } terms)
        {
            return ids;
        }

        // A replaced fact's old document, deleted but not yet merged away, holds the same id as the new one.
        var fullPrecision = NumericUtils.FilterPrefixCodedInt32s(terms.GetEnumerator());
        DocsEnum? docs = null;
        while (fullPrecision.MoveNext())
        {
            var id = NumericUtils.PrefixCodedToInt32(fullPrecision.Term);
            docs = fullPrecision.Docs(null, docs, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                ids[doc] = id;
            }
        }

        return ids;
    }
}
