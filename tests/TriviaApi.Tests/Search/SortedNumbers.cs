using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace TriviaApi.Tests.Search;

/// <summary>A number held as the text of a sorted doc value (the film and the year of a fact's document), as tests read it straight from Lucene.</summary>
internal static class SortedNumbers
{
    public static int Get(SortedDocValues values, int doc)
    {
        var term = new BytesRef();
        values.Get(doc, term);
        return int.Parse(term.Utf8ToString(), CultureInfo.InvariantCulture);
    }
}
