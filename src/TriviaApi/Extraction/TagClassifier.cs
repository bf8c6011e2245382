using TriviaApi.Domain;
using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>Puts a fact under the topics of <see cref="TagTaxonomy"/> whose cue stems it contains.</summary>
internal static class TagClassifier
{
    // Each cue's words for a curator, made once: every fact of an import is classified.
    private static readonly Dictionary<string, string> CueTexts = TagTaxonomy.All.SelectMany(t => t.Cues).Distinct().ToDictionary(c => c, c => $"cue \"{c.Trim()}\"");

    // The cues by their first two characters (no cue is shorter), each with its topic and its place in the topic's
    // list: a fact is read once, trying at each word's start only the cues that can begin there, not searched once
    // per cue.
    private static readonly Dictionary<int, (int Tag, int Order, string Cue)[]> CuesByFirstTwoCharacters = TagTaxonomy.All
        .SelectMany((tag, t) => tag.Cues.Select((cue, order) => (Tag: t, Order: order, Cue: cue)))
        .GroupBy(c => Opening(c.Cue[0], c.Cue[1]))
        .ToDictionary(g => g.Key, g => g.ToArray());

    private static int Opening(char first, char second) => (first << 16) | second;

    // The same groups for openings of two ASCII characters (cues are folded, so nearly all are), in a table: one look
    // at each word's start of every fact, not a dictionary's. Other openings are looked up in the dictionary.
    private const int Ascii = 128;
    private static readonly (int Tag, int Order, string Cue)[]?[] CuesByAsciiOpening = CuesOfAsciiOpenings();

    private static (int Tag, int Order, string Cue)[]?[] CuesOfAsciiOpenings()
    {
        var table = new (int Tag, int Order, string Cue)[]?[Ascii * Ascii];
        foreach (var (opening, cues) in CuesByFirstTwoCharacters)
        {
            var (first, second) = (opening >> 16, opening & 0xFFFF);
            if (first < Ascii && second < Ascii)
            {
                table[(first * Ascii) + second] = cues;
            }
        }

        return table;
    }

    // Each topic's cue texts by the cue's place in its list.
    private static readonly string[][] CueTextsByTopic = TagTaxonomy.All.Select(t => t.Cues.Select(c => CueTexts[c]).ToArray()).ToArray();

    private static char WordCharacterOrSpace(char c) => char.IsLetterOrDigit(c) || c is '$' or '-' ? c : ' ';

    // What each Latin-1 character becomes in the padded text, folded as FoldAccents folds it alone; NotFoldedAlone where
    // it does not fold to one character.
    private const char NotFoldedAlone = '\uFFFF';
    private static readonly char[] PaddedLatin1 = Enumerable.Range(0, 256)
        .Select(c => TextFolding.TryFoldLatin1((char)c, out var folded) ? WordCharacterOrSpace(folded) : NotFoldedAlone)
        .ToArray();

    /// <summary>The text folded and padded into <paramref name="padded"/>; false, part written, for text not all Latin-1.</summary>
    private static bool TryFoldLatin1(string text, Span<char> padded)
    {
        padded[0] = padded[^1] = ' ';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= PaddedLatin1.Length || PaddedLatin1[c] == NotFoldedAlone)
            {
                return false;
            }

            padded[i + 1] = PaddedLatin1[c];
        }

        return true;
    }

    /// <summary>Each topic with the first of its cue stems the fact contains; <c>general</c>, with no cue, when none matches.</summary>
    public static IReadOnlyList<(string Slug, string Cue)> Classify(string text)
    {
        // Punctuation becomes spaces and the text is padded, so a cue ending in a space matches a whole word anywhere.
        // Latin-1 text folds a character at a time straight into the buffer, as FoldAccents would fold it, without a
        // folded copy of the fact; any other text is folded whole first.
        var length = text.Length + 2;
        var folded = length <= 1024 ? stackalloc char[length] : new char[length];
        if (!TryFoldLatin1(text, folded))
        {
            var accentsFolded = TextFolding.FoldAccents(text);
            folded = new char[accentsFolded.Length + 2];
            folded[0] = folded[^1] = ' ';
            for (var i = 0; i < accentsFolded.Length; i++)
            {
                folded[i + 1] = WordCharacterOrSpace(accentsFolded[i]);
            }
        }

        // A cue matches where no letter or digit comes before it; each topic takes its earliest cue that matches.
        Span<int> firstCue = stackalloc int[TagTaxonomy.All.Count];
        firstCue.Fill(int.MaxValue);
        for (var at = 1; at + 1 < folded.Length; at++)
        {
            if (char.IsLetterOrDigit(folded[at - 1]))
            {
                continue;
            }

            var (first, second) = (folded[at], folded[at + 1]);
            var cues = first < Ascii && second < Ascii ? CuesByAsciiOpening[(first * Ascii) + second] : CuesByFirstTwoCharacters.GetValueOrDefault(Opening(first, second));
            if (cues is null)
            {
                continue;
            }

            foreach (var (tag, order, cue) in cues)
            {
                if (order < firstCue[tag] && folded[at..].StartsWith(cue))
                {
                    firstCue[tag] = order;
                }
            }
        }

        var found = 0;
        foreach (var cue in firstCue)
        {
            found += cue != int.MaxValue ? 1 : 0;
        }

        if (found == 0)
        {
            return NoTopic;
        }

        var tags = new List<(string Slug, string Cue)>(found);
        for (var t = 0; t < firstCue.Length; t++)
        {
            if (firstCue[t] != int.MaxValue)
            {
                tags.Add((TagTaxonomy.All[t].Slug, CueTextsByTopic[t][firstCue[t]]));
            }
        }

        return tags;
    }

    private static readonly (string Slug, string Cue)[] NoTopic = [(TagTaxonomy.FallbackSlug, "no topic's cue")];
}
