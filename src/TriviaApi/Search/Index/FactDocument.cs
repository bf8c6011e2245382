using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace TriviaApi.Search.Index;

/// <summary>
/// A fact's document (<see cref="IndexedFact"/>), refilled for each fact by the one thread that writes it. Lucene keeps
/// a token stream in each field and reuses it for the field's next value, so fields made once and refilled spare the
/// index writer a token stream, its attributes and a lock on Lucene's attribute cache per field per fact, which
/// fields made anew for every fact cost. A document is handed to the writer and must not be refilled until the
/// writer's call returns; so one per writing thread. The film and the year are sorted doc values (their text), not
/// numeric ones, and the id has none (<see cref="FactIds"/>), nor a term of its own (<see cref="FactFields.Id"/>): Lucene.Net sizes a numeric doc-values field's buffer by
/// reflection at every value it adds (see <see cref="FactFields.Film"/>). The linked names come as <see cref="AnalyzedNames"/>, each
/// name analysed once per writer; the ids the filters match, and the id's place in its block, as one field of keys
/// (<see cref="KeyTokens"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The index writer disposes the id's, the keys' and the names' token streams after each document, as it does every field's; they hold nothing to release, and are read again for the next fact.")]
internal sealed class FactDocument
{
    // A fact id's low bits, its place in the block of ids its id terms name (FactKeys.IdOffset).
    private const int IdOffsetBits = (1 << FactFields.IdPrecisionStep) - 1;

    private static readonly FieldType KeyType = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private readonly IdBlockTokens _idBlocks = new();
    private readonly Field _id;
    private readonly KeyTokens _keyTokens = new();
    private readonly Field _keys;
    private readonly TextField _text = new(FactFields.Text, "", Field.Store.NO);
    private readonly AnalyzedNames _analyzedNames = new();
    private readonly Field _names;
    private readonly SortedDocValuesField _filmValue = new(FactFields.Film, new BytesRef());
    private readonly SortedDocValuesField _yearValue = new(FactFields.Year, new BytesRef());
    private readonly List<Field> _peopleValues = [];
    private readonly List<Field> _tagValues = [];
    private readonly List<IIndexableField> _fields = [];

    // The fields every fact has, in one array made once: a list written out for each fact would be an array a fact.
    private readonly IIndexableField[] _always;
    private readonly Dictionary<int, IdValue> _values = [];

    public FactDocument()
    {
        _id = new Field(FactFields.Id, _idBlocks, KeyType);
        _keys = new Field(FactFields.Keys, _keyTokens, KeyType);
        _names = new Field(FactFields.Names, _analyzedNames, TextField.TYPE_NOT_STORED);
        _always = [_id, _keys, _text, _names, _filmValue, _yearValue];
    }

    /// <summary>The fields of <paramref name="fact"/>'s document, valid until the next call.</summary>
    public IReadOnlyList<IIndexableField> For(IndexedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        _fields.Clear();
        _idBlocks.SetId(fact.Id);
        _keyTokens.Clear();
        _keyTokens.Add(FactKeys.IdOffsetKind, Value(fact.Id & IdOffsetBits).Text);
        _text.SetStringValue(fact.Text);
        _analyzedNames.SetNames(fact.Names);
        var film = Value(fact.FilmId);
        _keyTokens.Add(FactKeys.FilmKind, film.Text);
        _filmValue.SetBytesValue(film.Bytes);
        _yearValue.SetBytesValue(Value(fact.Year).Bytes);
        _fields.AddRange(_always);

        Fill(fact.PeopleIds, FactKeys.PersonKind, (FactFields.People, _peopleValues));
        Fill(fact.FilmIds, FactKeys.MentionedFilmKind, null);
        Fill(fact.TagIds, FactKeys.TagKind, (FactFields.Tags, _tagValues));
        return _fields;
    }

    /// <summary>
    /// A key for each distinct id, and a sorted-set doc value beside it when the kind has them; the kind's doc-value
    /// fields are reused, more made when it needs them.
    /// </summary>
    private void Fill(IReadOnlyList<int> ids, char kind, (string Field, List<Field> Reused)? docValues)
    {
        var count = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (Repeats(ids, i))
            {
                continue;
            }

            var value = Value(id);
            _keyTokens.Add(kind, value.Text);
            if (docValues is not var (field, reused))
            {
                continue;
            }

            if (count == reused.Count)
            {
                reused.Add(new SortedSetDocValuesField(field, value.Bytes));
            }
            else
            {
                reused[count].SetBytesValue(value.Bytes);
            }

            _fields.Add(reused[count]);
            count++;
        }
    }

    /// <summary>Whether an id comes earlier in the list too: a fact links a few of each kind, so looking back costs less than hashing.</summary>
    private static bool Repeats(IReadOnlyList<int> ids, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (ids[j] == ids[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An id (or a year) as a term and as doc-value bytes, made once per value: a film, person, topic or year recurs in
    /// many facts, and Lucene copies both.
    /// </summary>
    private IdValue Value(int id)
    {
        if (!_values.TryGetValue(id, out var value))
        {
            var text = IndexedFact.Invariant(id);
            _values[id] = value = new IdValue(text, new BytesRef(text));
        }

        return value;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private sealed record IdValue(string Text, BytesRef Bytes);
}
