using TriviaApi.Domain;
using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>Puts a fact under the topics of <see cref="TagTaxonomy"/> whose cue stems it contains.</summary>
internal static class TagClassifier
{
    /// <summary>Each topic with the first of its cue stems the fact contains; <c>general</c>, with no cue, when none matches.</summary>
    public static IReadOnlyList<(string Slug, string Cue)> Classify(string text)
    {
        // Punctuation becomes spaces and the text is padded, so a cue ending in a space matches a whole word anywhere.
        var folded = " " + new string(TextFolding.FoldAccents(text).Select(c => char.IsLetterOrDigit(c) || c is '$' or '-' ? c : ' ').ToArray()) + " ";
        var tags = TagTaxonomy.All
            .Select(tag => (tag.Slug, Cue: tag.Cues.FirstOrDefault(cue => ContainsAtWordStart(folded, cue))))
            .Where(tag => tag.Cue is not null)
            .Select(tag => (tag.Slug, $"cue \"{tag.Cue!.Trim()}\""))
            .ToList();
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
