using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriviaApi.Benchmarks.Extraction;

/// <summary>
/// What extraction should find in one trivia file of the extraction corpus, read from the <c>NAME.gold.json</c>
/// beside it; the format is in tests/ExtractionCorpus/README.md.
/// </summary>
public sealed record GoldAnnotation(
    IReadOnlyList<string> People,
    IReadOnlyList<GoldFilm> Films,
    IReadOnlyList<GoldCharacter> Characters,
    IReadOnlyList<string> Others)
{
    public const string Extension = ".gold.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary><c>x.pt-BR.txt</c> → <c>x.pt-BR.gold.json</c>.</summary>
    public static string PathFor(string textPath) => Path.ChangeExtension(textPath, Extension);

    /// <summary>Reads a gold file; a malformed one throws <see cref="InvalidDataException"/> naming the file.</summary>
    public static GoldAnnotation Read(string path)
    {
        var name = Path.GetFileName(path);
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(File.ReadAllBytes(path), Options);
        }
        catch (JsonException e)
        {
            throw Malformed(name, $"line {e.LineNumber + 1}: {e.Message.Split(" Path:")[0]}");
        }

        if (document is null)
        {
            throw Malformed(name, "expected a JSON object.");
        }

        return new GoldAnnotation(
            Names(name, "people", document.People),
            Each(name, "films", document.Films, f => !string.IsNullOrWhiteSpace(f.Title)),
            Each(name, "characters", document.Characters, c => !string.IsNullOrWhiteSpace(c.Name)),
            Names(name, "others", document.Others));
    }

    private static List<string> Names(string file, string field, List<string?>? names) =>
        Each(file, field, names, n => !string.IsNullOrWhiteSpace(n)).ConvertAll(n => n!);

    private static List<T> Each<T>(string file, string field, List<T?>? items, Func<T, bool> isValid)
        where T : class
    {
        var list = items ?? throw Malformed(file, $"no \"{field}\" list (an empty list is [] ).");
        var bad = list.FindIndex(item => item is null || !isValid(item));
        return bad < 0 ? list.ConvertAll(item => item!) : throw Malformed(file, $"\"{field}\" item {bad + 1} is empty or has no name or title.");
    }

    private static InvalidDataException Malformed(string file, string problem) => new($"{file}: malformed gold annotation: {problem}");

    private sealed record Document(List<string?>? People, List<GoldFilm?>? Films, List<GoldCharacter?>? Characters, List<string?>? Others);
}
