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

        // The word is made singular in the term's own buffer: no string for each word that ends in -s.
        _term.Length = PortuguesePlurals.Singular(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }
}
