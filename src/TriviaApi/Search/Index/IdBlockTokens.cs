using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TriviaApi.Search.Index;

/// <summary>
/// A fact id's <see cref="FactFields.Id"/> terms: Lucene's numeric terms at every shift of
/// <see cref="FactFields.IdPrecisionStep"/> but the full precision, whose term would be the fact's alone (why there is
/// none, <see cref="FactFields.Id"/> says). One per <see cref="FactDocument"/>, set to each fact's id in turn.
/// </summary>
internal sealed class IdBlockTokens : TokenFilter
{
    private readonly NumericTokenStream _numbers;
    private readonly NumericTokenStream.INumericTermAttribute _number;
    private readonly IPositionIncrementAttribute _position;

    public IdBlockTokens()
        : this(new NumericTokenStream(FactFields.IdPrecisionStep))
    {
    }

    private IdBlockTokens(NumericTokenStream numbers)
        : base(numbers)
    {
        _numbers = numbers;
        _number = GetAttribute<NumericTokenStream.INumericTermAttribute>();
        _position = GetAttribute<IPositionIncrementAttribute>();
    }

    public void SetId(int id) => _numbers.SetInt32Value(id);

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (_number.Shift > 0)
            {
                // The numeric stream moves to a new position at its first term only, the one left out here.
                _position.PositionIncrement = _number.Shift == FactFields.IdPrecisionStep ? 1 : 0;
                return true;
            }
        }

        return false;
    }
}
