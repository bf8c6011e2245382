using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace TriviaApi.Search.Index;

/// <summary>
/// A fact's document (<see cref="IndexedFact"/>), refilled for each fact by the one thread that writes it. Lucene keeps
/// a token stream in each field and reuses it for the field's next value, so fields made once and refilled spare the
/// index writer a token stream, its attributes and a lock on Lucene's attribute cache per field per fact, which
/// fields made anew for every fact cost. A document is handed to the writer and must not be refilled until the
/// writer's call returns; so one per writing thread.
/// </summary>
internal sealed class FactDocument
{
    private readonly StringField _key = new(FactFields.Key, "", Field.Store.NO);
    private readonly Int32Field _id = new(FactFields.Id, 0, Field.Store.NO);
    private readonly NumericDocValuesField _idValue = new(FactFields.Id, 0);
    private readonly TextField _text = new(FactFields.Text, "", Field.Store.NO);
    private readonly TextField _names = new(FactFields.Names, "", Field.Store.NO);
    private readonly StringField _film = new(FactFields.Film, "", Field.Store.NO);
    private readonly NumericDocValuesField _filmValue = new(FactFields.Film, 0);
    private readonly Int32Field _year = new(FactFields.Year, 0, Field.Store.NO);
    private readonly NumericDocValuesField _yearValue = new(FactFields.Year, 0);
    private readonly List<Field> _people = [];
    private readonly List<Field> _peopleValues = [];
    private readonly List<Field> _films = [];
    private readonly List<Field> _tags = [];
    private readonly List<Field> _tagValues = [];
    private readonly List<IIndexableField> _fields = [];

    /// <summary>The fields of <paramref name="fact"/>'s document, valid until the next call.</summary>
    public IReadOnlyList<IIndexableField> For(IndexedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        _fields.Clear();
        _key.SetStringValue(IndexedFact.Key(fact.Id));
        _id.SetInt32Value(fact.Id);
        _idValue.SetInt64Value(fact.Id);
        _text.SetStringValue(fact.Text);
        _names.SetStringValue(string.Join('\n', fact.Names));
        _film.SetStringValue(IndexedFact.Invariant(fact.FilmId));
        _filmValue.SetInt64Value(fact.FilmId);
        _year.SetInt32Value(fact.Year);
        _yearValue.SetInt64Value(fact.Year);
        _fields.AddRange([_key, _id, _idValue, _text, _names, _film, _filmValue, _year, _yearValue]);

        var people = fact.PeopleIds.Distinct().Select(IndexedFact.Invariant).ToList();
        Fill(_people, people, value => new StringField(FactFields.People, value, Field.Store.NO));
        Fill(_peopleValues, people, value => new SortedSetDocValuesField(FactFields.People, new BytesRef(value)));
        Fill(_films, fact.FilmIds.Distinct().Select(IndexedFact.Invariant).ToList(), value => new StringField(FactFields.MentionedFilms, value, Field.Store.NO));
        var tags = fact.TagIds.Distinct().Select(IndexedFact.Invariant).ToList();
        Fill(_tags, tags, value => new StringField(FactFields.Tags, value, Field.Store.NO));
        Fill(_tagValues, tags, value => new SortedSetDocValuesField(FactFields.Tags, new BytesRef(value)));
        return _fields;
    }

    /// <summary>One field of a kind for each value, reusing the fields the kind has, making more when it needs them.</summary>
    private void Fill(List<Field> kind, List<string> values, Func<string, Field> create)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i == kind.Count)
            {
                kind.Add(create(values[i]));
            }
            else if (kind[i] is SortedSetDocValuesField)
            {
                kind[i].SetBytesValue(new BytesRef(values[i]));
            }
            else
            {
                kind[i].SetStringValue(values[i]);
            }

            _fields.Add(kind[i]);
        }
    }
}
