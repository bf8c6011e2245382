namespace TriviaApi.Extraction;

/// <summary>
/// Whether a word is an ordinary English word ("mirror", "stones", "falcon"), from SCOWL's small American English list
/// (Words/NOTICE.md). Portuguese trivia names English bands, series, songs and companies in their own words, and a
/// run made only of such words is rarely a person.
/// </summary>
internal static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(() => EmbeddedWordList.Load("english-words.txt.gz"));

    /// <summary>True for an accent-folded, lower-case word the list holds as it is (plurals and verb forms are listed).</summary>
    public static bool Contains(string folded) => folded.Length > 1 && Words.Value.Contains(folded);
}
