using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TriviaApi.Search.Analysis;

namespace TriviaApi.Search.Index;

/// <summary>
/// A fact's linked names as the <see cref="FactFields.Names"/> field's tokens: exactly what
/// <see cref="PortugueseAnalyzer"/> makes of the names joined by line breaks (the same terms, positions and offsets),
/// but each distinct name is analysed once and its words replayed after that. A film's title, a person's or a topic's
/// names recur in thousands of facts, so an import would otherwise tokenize, fold and singularize them again for every
/// fact. Words never run across names (a line break separates words), so a name's words do not depend on its
/// neighbours. One per <see cref="FactDocument"/>, refilled for each fact.
/// </summary>
internal sealed class AnalyzedNames : TokenStream
{
    // Enough for every film, person, character and topic of a large knowledge base; past it, names are analysed anew.
    private const int MostNamesKept = 200_000;

    private readonly Dictionary<string, Word[]> _words = new(StringComparer.Ordinal);
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IOffsetAttribute _offset;
    private IReadOnlyList<string> _names = [];
    private Word[] _current = [];
    private int _name;
    private int _word;
    private int _nameStart;

    public AnalyzedNames()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>The names of the next fact; the stream is read from its first word after <see cref="Reset"/>.</summary>
    public void SetNames(IReadOnlyList<string> names) => _names = names;

    public override void Reset()
    {
        base.Reset();
        (_current, _name, _word, _nameStart) = ([], -1, 0, 0);
    }

    public override bool IncrementToken()
    {
        while (_word == _current.Length)
        {
            if (_name + 1 >= _names.Count)
            {
                return false;
            }

            if (_name >= 0)
            {
                _nameStart += _names[_name].Length + 1;
            }

            _name++;
            _current = WordsOf(_names[_name]);
            _word = 0;
        }

        ClearAttributes();
        var word = _current[_word++];
        _term.CopyBuffer(word.Term, 0, word.Term.Length);
        _position.PositionIncrement = 1;
        _offset.SetOffset(_nameStart + word.Start, _nameStart + word.End);
        return true;
    }

    public override void End()
    {
        base.End();

        // As the tokenizer ends: the final offset is the length of the names joined.
        var length = Math.Max(0, _names.Count - 1);
        for (var i = 0; i < _names.Count; i++)
        {
            length += _names[i].Length;
        }

        _offset.SetOffset(length, length);
    }

    private Word[] WordsOf(string name)
    {
        if (_words.TryGetValue(name, out var words))
        {
            return words;
        }

        words = [.. PortugueseAnalyzer.Instance.Words(name).Select(w => new Word(w.Term.ToCharArray(), w.Start, w.Start + w.Length))];
        if (_words.Count < MostNamesKept)
        {
            _words[name] = words;
        }

        return words;
    }

    private readonly record struct Word(char[] Term, int Start, int End);
}
