namespace TriviaApi.Extraction;

/// <summary>Common family names that are also ordinary words (Words/family-names.txt): "Dias Gomes" is a person though both words are ordinary.</summary>
internal static class FamilyNames
{
    private static readonly Lazy<HashSet<string>> Names = new(() => EmbeddedWordList.Load("family-names.txt"));

    public static bool Contains(string folded) => Names.Value.Contains(folded);
}
