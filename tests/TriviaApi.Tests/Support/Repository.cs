namespace TriviaApi.Tests.Support;

/// <summary>The source tree the tests were built from, found by walking up from the binaries to TriviaApi.sln.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the repository, given by its parts: <c>PathOf("tests", "ExtractionCorpus")</c>.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TriviaApi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No TriviaApi.sln above {AppContext.BaseDirectory}.");
    }
}
