namespace TriviaApi.Search;

/// <summary>A word, a phrase (several stemmed words in a row) or a prefix, in the index's form.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool IsPrefix)
{
    /// <summary>A term from what the user typed; null when it holds no word at all (a lone "*", punctuation).</summary>
    public static SearchTerm? From(string raw, bool quoted)
    {
        var isPrefix = !quoted && raw.EndsWith('*');
        var words = SearchText.Words(raw).Select(w => w.Word).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        // A prefix is folded but not stemmed: "filmagen*" must still reach "filmagens" before it is a plural.
        return isPrefix && words.Count == 1
            ? new SearchTerm([TriviaApi.Text.TextFolding.FoldAccents(words[0])], true)
            : new SearchTerm(words.Select(PortugueseStemmer.Stem).ToList(), false);
    }

    /// <summary>Whether an original word of a text is matched by this term, for highlighting.</summary>
    public bool Matches(string word) =>
        IsPrefix ? TriviaApi.Text.TextFolding.FoldAccents(word).StartsWith(Words[0], StringComparison.Ordinal) : Words.Contains(PortugueseStemmer.Stem(word));

    public string ToFts5() => IsPrefix ? $"\"{Words[0]}\"*" : $"\"{string.Join(' ', Words)}\"";
}
