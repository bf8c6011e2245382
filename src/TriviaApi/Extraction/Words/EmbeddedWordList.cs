using System.IO.Compression;
using System.Reflection;

namespace TriviaApi.Extraction;

/// <summary>Reads a word list built into the assembly (Words/): one accent-folded word a line, "#" for comments, gzip when named .gz.</summary>
internal static class EmbeddedWordList
{
    public static HashSet<string> Load(string fileName)
    {
        var resource = $"TriviaApi.Extraction.Words.{fileName}";
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The word list {resource} is missing from the build.");
        using var reader = new StreamReader(fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }
}
