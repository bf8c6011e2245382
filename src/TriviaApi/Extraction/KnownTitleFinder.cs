using System.Buffers;

namespace TriviaApi.Extraction;

/// <summary>Finds titles already known to the file (the subject's, or ones dated elsewhere) written without a year.</summary>
internal static class KnownTitleFinder
{
    /// <param name="text">The fact.</param>
    /// <param name="knownTitles">The file's known titles, the longest first (<see cref="LongestFirst"/>).</param>
    /// <param name="found">The fact's films found so far, whose words no known title takes again; each title found is added to it, in order.</param>
    public static void Find(string text, IReadOnlyList<(string Title, FilmMention Film, bool IsSubject)> knownTitles, List<FilmSpan> found)
    {
        // Every title of the file is sought in every fact: a loop over an index, not an iterator and a copy of the list.
        // A title is only taken where a word starts (wholeWords below): the first three characters at each place where
        // one could start go into a small filter, and a title that opens at none of them is not sought at all.
        Span<ulong> openings = stackalloc ulong[OpeningBits / 64];
        for (var at = 0; at + 2 < text.Length; at++)
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                var bit = OpeningBit(text[at], text[at + 1], text[at + 2]);
                openings[bit / 64] |= 1UL << (bit % 64);
            }
        }

        for (var k = 0; k < knownTitles.Count; k++)
        {
            var (title, film, isSubject) = knownTitles[k];
            if (title.Length >= 3 && !HasOpening(openings, OpeningBit(title[0], title[1], title[2])))
            {
                continue;
            }

            for (var at = text.IndexOf(title, StringComparison.Ordinal); at >= 0; at = text.IndexOf(title, at + 1, StringComparison.Ordinal))
            {
                var end = at + title.Length;
                var wholeWords = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (wholeWords && !InsideALongerName(text, at, end) && !Overlaps(found, at, end))
                {
                    found.Add(new FilmSpan(film, at, end, isSubject, isSubject ? "the subject's title" : "title dated in another fact"));
                }
            }
        }
    }

    private const int OpeningBits = 256;

    private static int OpeningBit(char first, char second, char third) => (int)(((((uint)first * 31) + second) * 31 + third) % OpeningBits);

    private static bool HasOpening(Span<ulong> openings, int bit) => (openings[bit / 64] & (1UL << (bit % 64))) != 0;

    // A loop, not a lambda: a lambda would capture the match's place for every title of the file in every fact.
    private static bool Overlaps(List<FilmSpan> taken, int start, int end)
    {
        foreach (var span in taken)
        {
            if (span.Start < end && start < span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sorted once per file, not once per fact: a longer title is tried before a shorter one inside it.</summary>
    public static List<(string Title, FilmMention Film, bool IsSubject)> LongestFirst(IEnumerable<(string Title, FilmMention Film, bool IsSubject)> knownTitles) =>
        knownTitles.OrderByDescending(k => k.Title.Length).ToList();

    /// <summary>"Alfred Hitchcock", "Alfred Hitchcock Presents" after the film "Hitchcock (2012)": a capitalised word joined on either side makes another name.</summary>
    private static bool InsideALongerName(string text, int start, int end)
    {
        // Read as spans of the fact, not cut out of it: every match of every known title asks.
        var before = text.AsSpan(0, start).TrimEnd();
        var wordBefore = before.Length == start - 1 ? before[(before.LastIndexOfAny(WordBeforeStarts) + 1)..] : [];
        var after = end + 1 < text.Length && text[end] == ' ' ? text.AsSpan(end + 1) : [];
        var letters = 0;
        while (letters < after.Length && char.IsLetter(after[letters]))
        {
            letters++;
        }

        return IsNameWord(wordBefore) || IsNameWord(after[..letters]) || OpensAForeignParticleName(after, letters);
    }

    /// <summary>"Ludwig van Beethoven" after the film "Ludwig (1973)": a foreign particle and a name go on with the person's.</summary>
    private static bool OpensAForeignParticleName(ReadOnlySpan<char> after, int particleLength)
    {
        if (particleLength == 0 || particleLength + 2 >= after.Length || after[particleLength] != ' ' || !ForeignParticles.Contains(after[..particleLength].ToString()))
        {
            return false;
        }

        var rest = after[(particleLength + 1)..];
        var letters = 0;
        while (letters < rest.Length && char.IsLetter(rest[letters]))
        {
            letters++;
        }

        return IsNameWord(rest[..letters]);
    }

    // Not the Portuguese "de", "da", "do": "Ludwig de Visconti" is the film and its director.
    private static readonly HashSet<string> ForeignParticles = ["van", "von", "der", "den", "ter", "ten", "di", "del", "della", "du", "le", "la", "bin", "ibn", "al", "el"];

    private static readonly SearchValues<char> WordBeforeStarts = SearchValues.Create(" (\"“");

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.Length <= 1 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return !Lexicon.FunctionWords.Contains(Text.TextFolding.FoldAccents(word.ToString()));
    }
}
