using Lucene.Net.Documents;

namespace TriviaApi.Search.Index;

/// <summary>A film's titles, a person's name or a topic's names, for searching every kind and for suggestions.</summary>
public sealed record IndexedName(string Kind, int Id, string Name)
{
    public Document ToDocument() =>
    [
        new StringField(FactFields.Kind, Kind, Field.Store.YES),
        new StoredField(FactFields.Id, Id),
        new TextField(FactFields.Name, Name, Field.Store.NO),
    ];
}
