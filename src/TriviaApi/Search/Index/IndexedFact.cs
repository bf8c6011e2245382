using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace TriviaApi.Search.Index;

/// <summary>A fact as the index holds it: its text, the names it links to, and what every filter and sort reads.</summary>
public sealed record IndexedFact(
    int Id,
    string Text,
    int FilmId,
    int Year,
    IReadOnlyList<string> Names,
    IReadOnlyList<int> PeopleIds,
    IReadOnlyList<int> FilmIds,
    IReadOnlyList<int> TagIds)
{
    /// <summary>The fact's document, made for it alone; a writer that indexes many facts refills one <see cref="FactDocument"/>.</summary>
    public IEnumerable<IIndexableField> ToDocument() => new FactDocument().For(this);

    /// <summary>
    /// The term naming a fact's document: its id's full-precision term, which the numeric field indexes anyway, rather
    /// than a field of its own, whose one distinct term per fact every flushed segment would sort and write again.
    /// </summary>
    public static Term Term(int id)
    {
        var bytes = new BytesRef(NumericUtils.BUF_SIZE_INT32);
        NumericUtils.Int32ToPrefixCoded(id, 0, bytes);
        return new Term(FactFields.Id, bytes);
    }

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
