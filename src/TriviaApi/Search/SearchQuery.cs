using System.Diagnostics.CodeAnalysis;
using TriviaApi.Search.Analysis;
using TriviaApi.Text;

namespace TriviaApi.Search;

/// <summary>
/// A user's search, parsed: words are ANDed, <c>"a phrase"</c> keeps its words together, <c>-word</c> excludes,
/// <c>word*</c> matches a prefix, <c>OR</c> joins alternatives. Anything else a user types (stray quotes, brackets,
/// <c>NEAR(</c>, a lone <c>*</c>, SQL) is read as the words in it; punctuation never reaches the index, and the
/// Lucene queries are built term by term from what is parsed here, never by Lucene's query parser.
/// </summary>
public sealed class SearchQuery : IQueryValue<SearchQuery>
{
    /// <summary>The longest search a client may send, in characters.</summary>
    public const int MaxLength = 200;

    private SearchQuery(IReadOnlyList<IReadOnlyList<SearchTerm>> required, IReadOnlyList<SearchTerm> excluded)
    {
        Required = required;
        Excluded = excluded;
    }

    /// <summary>Groups that must all match; a group matches when any of its alternatives (joined by OR) does.</summary>
    public IReadOnlyList<IReadOnlyList<SearchTerm>> Required { get; }

    public IReadOnlyList<SearchTerm> Excluded { get; }

    /// <summary>The positive terms, for highlighting.</summary>
    public IEnumerable<SearchTerm> Highlighted => Required.SelectMany(g => g);

    /// <summary>Parses a query; fails, with a reason for the user, when it is too long or nothing is left to search for.</summary>
    public static bool TryParse(string text, out SearchQuery query, out string problem)
    {
        if (text.Length > MaxLength)
        {
            (query, problem) = (new SearchQuery([], []), $"q must be 1 to {MaxLength} characters.");
            return false;
        }

        var groups = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var joinNext = false;
        foreach (var (raw, negated, quoted) in SearchQueryLexer.Split(text))
        {
            if (!quoted && !negated && raw == "OR")
            {
                joinNext = groups.Count > 0;
                continue;
            }

            var term = SearchTerm.From(raw, quoted);
            if (term is null)
            {
                continue;
            }

            if (negated)
            {
                excluded.Add(term);
            }
            else if (joinNext)
            {
                groups[^1].Add(term);
            }
            else
            {
                groups.Add([term]);
            }

            joinNext = false;
        }

        query = new SearchQuery(groups, excluded);
        problem = groups.Count == 0
            ? excluded.Count > 0 ? "q needs a word to search for besides the excluded ones." : "q needs at least one word or number to search for."
            : "";
        return groups.Count > 0;
    }

    /// <summary>Parses a query already validated with <see cref="TryParse(string, out SearchQuery, out string)"/>.</summary>
    public static SearchQuery Parse(string text) =>
        TryParse(text, out var query, out var problem) ? query : throw new ArgumentException(problem, nameof(text));

    static SearchQuery IParsable<SearchQuery>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<SearchQuery>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out SearchQuery result) =>
        TryParse(s ?? "", out result, out _);

    /// <summary>A search-box completion: every word typed, the last one as a prefix ("ryan gos" → ryan AND gos*).</summary>
    public static SearchQuery ForCompletion(string text)
    {
        var words = PortugueseAnalyzer.Folding.Terms(text);
        var groups = words.Select((word, i) => (IReadOnlyList<SearchTerm>)[SearchTerm.From(i == words.Count - 1 ? word + "*" : word, quoted: false)!]).ToList();
        return new SearchQuery(groups, []);
    }
}
