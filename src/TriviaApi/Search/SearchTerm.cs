using TriviaApi.Search.Analysis;

namespace TriviaApi.Search;

/// <summary>A word, a phrase (several stemmed words in a row) or a prefix, in the index's form.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool IsPrefix)
{
    /// <summary>A term from what the user typed; null when it holds no word at all (a lone "*", punctuation).</summary>
    public static SearchTerm? From(string raw, bool quoted)
    {
        var isPrefix = !quoted && raw.EndsWith('*');
        // A prefix is folded but not stemmed: "filmagen*" must still reach "filmagens" before it is a plural.
        var folded = PortugueseAnalyzer.Folding.Terms(raw);
        return folded.Count switch
        {
            0 => null,
            1 when isPrefix => new SearchTerm(folded, true),
            _ => new SearchTerm(PortugueseAnalyzer.Instance.Terms(raw), false),
        };
    }

    /// <summary>Whether a word of a text, folded (<see cref="PortugueseAnalyzer.Folding"/>), is matched by this term, for highlighting.</summary>
    public bool Matches(string folded) =>
        IsPrefix ? folded.StartsWith(Words[0], StringComparison.Ordinal) : Words.Contains(PortuguesePlurals.Singular(folded));
}
