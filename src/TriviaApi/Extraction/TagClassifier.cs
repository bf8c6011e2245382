using TriviaApi.Domain;
using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>Puts a fact under the topics of <see cref="TagTaxonomy"/> whose cue stems it contains.</summary>
internal static class TagClassifier
{
    // Each cue's words for a curator, made once: every fact of an import is classified.
    private static readonly Dictionary<string, string> CueTexts = TagTaxonomy.All.SelectMany(t => t.Cues).Distinct().ToDictionary(c => c, c => $"cue \"{c.Trim()}\"");

    /// <summary>Each topic with the first of its cue stems the fact contains; <c>general</c>, with no cue, when none matches.</summary>
    public static IReadOnlyList<(string Slug, string Cue)> Classify(string text)
    {
        // Punctuation becomes spaces and the text is padded, so a cue ending in a space matches a whole word anywhere.
        var accentsFolded = TextFolding.FoldAccents(text);
        var folded = string.Create(accentsFolded.Length + 2, accentsFolded, static (padded, folded) =>
        {
            padded[0] = padded[^1] = ' ';
            for (var i = 0; i < folded.Length; i++)
            {
                padded[i + 1] = char.IsLetterOrDigit(folded[i]) || folded[i] is '$' or '-' ? folded[i] : ' ';
            }
        });
        List<(string Slug, string Cue)> tags = [];
        foreach (var tag in TagTaxonomy.All)
        {
            foreach (var cue in tag.Cues)
            {
                if (ContainsAtWordStart(folded, cue))
                {
                    tags.Add((tag.Slug, CueTexts[cue]));
                    break;
                }
            }
        }

        return tags.Count > 0 ? tags : [(TagTaxonomy.FallbackSlug, "no topic's cue")];
    }

    private static bool ContainsAtWordStart(string folded, string cue)
    {
        for (var at = folded.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(cue, at + 1, StringComparison.Ordinal))
        {
            if (!char.IsLetterOrDigit(folded[at - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
