using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TriviaApi.Search.Index;

/// <summary>
/// The fact id of each document of a segment, 0 for a document without one (a name's): the block of 256 ids it falls
/// in, from the numeric <see cref="FactFields.Id"/> terms at the smallest shift, plus its place in the block, from the
/// <see cref="FactKeys.IdOffset"/> terms; a few thousand postings lists for a million facts. Facts keep no doc values
/// for their id: Lucene.Net 4.8 sizes a numeric or binary doc-values field's buffer with a reflective walk of its
/// objects at every value added (its <c>DocsWithFieldBytesUsed</c> measures the bit set, not its words), which cost an
/// import of a million facts a million walks and their garbage. A segment's ids are read once, as it opens
/// (<c>FactColumns</c>).
/// </summary>
public static class FactIds
{
    public static int[] Read(AtomicReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var ids = new int[reader.MaxDoc];
        if (reader.GetTerms(FactFields.Id) is not { } blocks || reader.GetTerms(FactFields.Keys) is not { } keys)
        {
            return ids;
        }

        // A replaced fact's old document, deleted but not yet merged away, holds the same id as the new one.
        DocsEnum? docs = null;
        var terms = blocks.GetEnumerator();

        // Terms sort by their shift first: the smallest blocks come first, and the larger ones after them are not read.
        while (terms.MoveNext() && NumericUtils.GetPrefixCodedInt32Shift(terms.Term) == FactFields.IdPrecisionStep)
        {
            var block = NumericUtils.PrefixCodedToInt32(terms.Term);
            docs = terms.Docs(null, docs, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                ids[doc] = block;
            }
        }

        // The offsets' keys sort together, after their kind's letter.
        terms = keys.GetEnumerator();
        if (terms.SeekCeil(new BytesRef([(byte)FactKeys.IdOffsetKind])) == TermsEnum.SeekStatus.END)
        {
            return ids;
        }

        do
        {
            var key = terms.Term;
            if (key.Length < 2 || key.Bytes[key.Offset] != FactKeys.IdOffsetKind)
            {
                break;
            }

            var offset = int.Parse(Encoding.UTF8.GetString(key.Bytes, key.Offset + 1, key.Length - 1), CultureInfo.InvariantCulture);
            docs = terms.Docs(null, docs, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                ids[doc] |= offset;
            }
        }
        while (terms.MoveNext());

        return ids;
    }
}
