using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TriviaApi.Search.Index;

/// <summary>
/// A fact's <see cref="FactFields.Keys"/> terms (<see cref="FactKeys"/>), each a kind's letter and an id's digits
/// written into the term's buffer: one field for every kind, where a field of each would cost the index writer its
/// work per field (a token stream set up, its attributes looked up, the field's state started and finished) for
/// every fact, several times over. One per <see cref="FactDocument"/>, refilled for each fact.
/// </summary>
internal sealed class KeyTokens : TokenStream
{
    private readonly List<(char Kind, string Id)> _keys = [];
    private readonly ICharTermAttribute _term;
    private int _next;

    public KeyTokens()
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    /// <summary>Empties the list for the next fact's keys.</summary>
    public void Clear() => _keys.Clear();

    /// <summary>A key of the kind given (<see cref="FactKeys"/>), its id already in digits.</summary>
    public void Add(char kind, string id) => _keys.Add((kind, id));

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    public override bool IncrementToken()
    {
        if (_next == _keys.Count)
        {
            return false;
        }

        ClearAttributes();
        var (kind, id) = _keys[_next++];
        _term.SetEmpty().Append(kind).Append(id);
        return true;
    }
}
