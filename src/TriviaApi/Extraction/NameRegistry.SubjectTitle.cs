using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Whether a full name is the subject's title with a word more ("Apocalypse Now Redux"): apart because it reads
/// the subject's title, not the names of the file.
/// </summary>
internal sealed partial class NameRegistry
{
    /// <summary>
    /// "Apocalypse Now Redux": the subject's title with a word more names a version of it. Not a title of one word:
    /// "Rocky Marciano" is a boxer in the file of "Rocky".
    /// </summary>
    private bool ExtendsTheSubjectsTitle(NameRun run, IReadOnlyList<Token> tokens)
    {
        // "Noites de Verão Redux" yields the run "Verão Redux": read back over the words the run was cut from.
        var start = run.First;
        while (start > 0 && (tokens[start - 1].IsNameToken || (tokens[start - 1].IsLowercaseWord && Lexicon.TitleConnectors.Contains(tokens[start - 1].Folded))))
        {
            start--;
        }

        var words = start == run.First && IsKeyOfItsWords(run, tokens) ? run.Key : KeyOfWords(tokens, start, run.Last);
        foreach (var title in _subjectTitleKeys)
        {
            if (title.Contains(' ') && ContainsWords(words, title) && !words.EndsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the run's key is that of its words joined by spaces: so when its text is its words as the fact writes
    /// them (not a family name it shares) with none touching the next, as a key's words end at white space as at a space.
    /// Asked of every full name, whose key is made already: the words are not joined and keyed again.
    /// </summary>
    private static bool IsKeyOfItsWords(NameRun run, IReadOnlyList<Token> tokens)
    {
        if (run.Text.Length != tokens[run.Last].End - tokens[run.First].Start)
        {
            return false;
        }

        for (var i = run.First; i < run.Last; i++)
        {
            if (tokens[i].End == tokens[i + 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private static string KeyOfWords(IReadOnlyList<Token> tokens, int first, int last)
    {
        var texts = new string[last - first + 1];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = tokens[first + i].Text;
        }

        return TextFolding.MatchKey(string.Join(' ', texts));
    }

    // $" {words}".Contains($" {title} "), without making either string.
    private static bool ContainsWords(string words, string title)
    {
        for (var at = words.IndexOf(title, StringComparison.Ordinal); at >= 0; at = words.IndexOf(title, at + 1, StringComparison.Ordinal))
        {
            if ((at == 0 || words[at - 1] == ' ') && at + title.Length < words.Length && words[at + title.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }
}
