using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TriviaApi.Search.Analysis;

/// <summary>Undoes Portuguese plurals (<see cref="PortuguesePlurals"/>) in a stream of folded, lower-cased words.</summary>
internal sealed class PortuguesePluralFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public PortuguesePluralFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        // Only words ending in -s can change: the rest are left in the buffer untouched.
        if (_term.Length > 3 && _term.Buffer[_term.Length - 1] == 's')
        {
            var word = _term.ToString();
            var singular = PortuguesePlurals.Singular(word);
            if (!ReferenceEquals(singular, word))
            {
                _term.SetEmpty().Append(singular);
            }
        }

        return true;
    }
}
