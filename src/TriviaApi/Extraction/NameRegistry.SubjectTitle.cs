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

        // Asked of every full name: loops, and the words joined once, not LINQ and strings per title.
        var texts = new string[run.Last - start + 1];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = tokens[start + i].Text;
        }

        var words = TextFolding.MatchKey(string.Join(' ', texts));
        foreach (var title in _subjectTitleKeys)
        {
            if (title.Contains(' ') && ContainsWords(words, title) && !words.EndsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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
