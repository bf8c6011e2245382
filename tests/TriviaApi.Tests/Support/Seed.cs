namespace TriviaApi.Tests.Support;

/// <summary>The repository's seed files, read from the source tree (not the copy beside the binaries).</summary>
public static class Seed
{
    public const string TextName = "la-la-land.pt-BR.txt";
    public const string ManifestName = "la-la-land.pt-BR.json";

    public static string Folder { get; } = Repository.PathOf("seeds");

    public static string TextPath => Path.Combine(Folder, TextName);

    public static string ManifestPath => Path.Combine(Folder, ManifestName);

    /// <summary>The seed's facts, line 1 first (the seed has no blank lines).</summary>
    public static IReadOnlyList<string> Lines { get; } = File.ReadAllText(TextPath).Split('\n');
}
