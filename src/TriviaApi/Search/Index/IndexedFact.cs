using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

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

    /// <summary>The documents of the facts with these ids, to delete them (<see cref="FactsById"/>).</summary>
    public static Query Documents(IEnumerable<int> ids) => new ConstantScoreQuery(new FactsById(ids.ToHashSet()));

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
