using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace TriviaApi.Search.Analysis;

/// <summary>
/// The one analysis of Portuguese text for the index and for queries: words in lower case (<see cref="WordTokenizer"/>),
/// accents folded (Lucene's ASCII folding), plurals undone (<see cref="PortuguesePluralFilter"/>). "As Filmagens"
/// becomes "as filmagem"; "Prêmios" becomes "premio". Without <c>plurals</c> it only folds: a prefix the user types
/// is compared folded, since "filmagen*" is not yet a plural.
/// </summary>
public sealed class PortugueseAnalyzer(bool plurals = true) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The analyzer the index and queries share.</summary>
    public static PortugueseAnalyzer Instance { get; } = new();

    /// <summary>Folding alone, for prefixes.</summary>
    public static PortugueseAnalyzer Folding { get; } = new(plurals: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var words = new WordTokenizer(reader);
        TokenStream stream = new ASCIIFoldingFilter(words);
        return new TokenStreamComponents(words, plurals ? new PortuguesePluralFilter(stream) : stream);
    }

    /// <summary>
    /// The terms of a text, with where each word stands in it, for queries and for marking matches: read as they are
    /// asked for, so a reader that stops early (a snippet's window is full) leaves the rest of the text unread.
    /// </summary>
    public IEnumerable<AnalyzedWord> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(text);
    }

    /// <summary>The terms alone, in order.</summary>
    public IReadOnlyList<string> Terms(string text) => Words(text).Select(w => w.Term).ToList();

    private IEnumerable<AnalyzedWord> Analyze(string text)
    {
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            yield return new AnalyzedWord(term.ToString(), offset.StartOffset, offset.EndOffset - offset.StartOffset);
        }

        stream.End();
    }
}

/// <summary>A word of a text as the index holds it (<see cref="Term"/>), and where the original stands.</summary>
public readonly record struct AnalyzedWord(string Term, int Start, int Length);
