using System.Text;

namespace TriviaApi.Tests.Support;

/// <summary>A unique temporary folder of trivia files and manifests, deleted on dispose.</summary>
public sealed class TriviaFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"trivia-files-{Guid.NewGuid():N}")).FullName;

    /// <summary>Writes the lines joined by LF, as UTF-8 without BOM; returns the file's full path.</summary>
    public string WriteFacts(string name, params string[] lines) => WriteBytes(name, Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    public string WriteManifest(string name, string json) => WriteBytes(name, Encoding.UTF8.GetBytes(json));

    /// <summary>A manifest with just a title, a year and, when given, an original title.</summary>
    public string WriteManifest(string name, string title, int year, string? originalTitle = null) =>
        WriteManifest(name, System.Text.Json.JsonSerializer.Serialize(new { title, originalTitle, year }));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies the seed's text and manifest here; returns the text file's full path.</summary>
    public string CopySeed()
    {
        File.Copy(Seed.ManifestPath, PathOf(Seed.ManifestName));
        File.Copy(Seed.TextPath, PathOf(Seed.TextName));
        return PathOf(Seed.TextName);
    }

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
