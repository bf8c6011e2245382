namespace TriviaApi.Extraction;

/// <summary>Common given names (Words/given-names.txt): "Glória Pires" is a person though "glória" and "pires" are ordinary words.</summary>
internal static class GivenNames
{
    private static readonly Lazy<HashSet<string>> Names = new(() => EmbeddedWordList.Load("given-names.txt"));

    public static bool Contains(string folded) => Names.Value.Contains(folded);

    // The first word of a person's key, looked up without being cut from it: asked of every person of a file.
    public static bool Contains(ReadOnlySpan<char> folded) => Names.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);
}
