using System.Globalization;
using Lucene.Net.Documents;
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
    public Document ToDocument()
    {
        var document = new Document
        {
            new StringField(FactFields.Key, Key(Id), Field.Store.NO),
            new Int32Field(FactFields.Id, Id, Field.Store.NO),
            new NumericDocValuesField(FactFields.Id, Id),
            new TextField(FactFields.Text, Text, Field.Store.YES),
            new TextField(FactFields.Names, string.Join('\n', Names), Field.Store.NO),
            new StringField(FactFields.Film, Invariant(FilmId), Field.Store.NO),
            new NumericDocValuesField(FactFields.Film, FilmId),
            new Int32Field(FactFields.Year, Year, Field.Store.NO),
            new NumericDocValuesField(FactFields.Year, Year),
        };
        foreach (var person in PeopleIds.Distinct())
        {
            document.Add(new StringField(FactFields.People, Invariant(person), Field.Store.NO));
            document.Add(new SortedSetDocValuesField(FactFields.People, new BytesRef(Invariant(person))));
        }

        foreach (var film in FilmIds.Distinct())
        {
            document.Add(new StringField(FactFields.MentionedFilms, Invariant(film), Field.Store.NO));
        }

        foreach (var tag in TagIds.Distinct())
        {
            document.Add(new StringField(FactFields.Tags, Invariant(tag), Field.Store.NO));
            document.Add(new SortedSetDocValuesField(FactFields.Tags, new BytesRef(Invariant(tag))));
        }

        return document;
    }

    /// <summary>The term naming a fact's document.</summary>
    public static string Key(int id) => Invariant(id);

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
