using System.Diagnostics.CodeAnalysis;
using TriviaApi.Text;

namespace TriviaApi.Api;

/// <summary>
/// A query value listing values separated by commas (<c>tag,person</c>), parsed as it is bound: split and each value
/// trimmed. Which values are allowed is the validator's to say, as for a <see cref="SortOrder"/>; a blank between two
/// commas is a value too, which no set allows.
/// </summary>
public sealed class ValueList : IQueryValue<ValueList>
{
    private ValueList(IReadOnlyList<string> values) => Values = values;

    public IReadOnlyList<string> Values { get; }

    public static ValueList Of(string text) => new(text.Split(',', StringSplitOptions.TrimEntries));

    /// <summary>Never fails: which values are allowed is each parameter's rule.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out ValueList? value, out string problem)
    {
        (value, problem) = (Of(text), "");
        return true;
    }

    static ValueList IParsable<ValueList>.Parse(string s, IFormatProvider? provider) => Of(s);

    static bool IParsable<ValueList>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out ValueList result)
    {
        result = Of(s ?? "");
        return true;
    }

    /// <summary>As a client writes it: "tag,person".</summary>
    public override string ToString() => string.Join(',', Values);
}
