using System.Globalization;
using Lucene.Net.Index;

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

    /// <summary>The term naming a fact's document.</summary>
    public static string Key(int id) => Invariant(id);

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
