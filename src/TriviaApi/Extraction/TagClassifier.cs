using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>Puts a fact under the topics of <see cref="TagTaxonomy"/> whose cue stems it contains.</summary>
internal static class TagClassifier
{
    public static IReadOnlyList<string> Classify(string text)
    {
        // Punctuation becomes spaces and the text is padded, so a cue ending in a space matches a whole word anywhere.
        var folded = " " + new string(TextFolding.FoldAccents(text).Select(c => char.IsLetterOrDigit(c) || c is '$' or '-' ? c : ' ').ToArray()) + " ";
        var slugs = TagTaxonomy.All
            .Where(tag => tag.Cues.Any(cue => ContainsAtWordStart(folded, cue)))
            .Select(tag => tag.Slug)
            .ToList();
        return slugs.Count > 0 ? slugs : [TagTaxonomy.FallbackSlug];
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
