using System.Text.Json;
using System.Text.Json.Serialization;
using TriviaApi.Domain;
using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>
/// The manifest beside a trivia file (<c>name.pt-BR.json</c> for <c>name.pt-BR.txt</c>): what the text does not say
/// about the film it is about. See README, "Import format".
/// </summary>
public sealed record FilmManifest(string? Title, string? OriginalTitle, int? Year, string? Language, IReadOnlyList<ManifestCredit>? Credits, bool? Synthetic = null)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static FilmManifest Read(string path) => Parse(File.ReadAllBytes(path), Path.GetFileName(path));

    /// <summary>A manifest's bytes, read by the caller; <paramref name="name"/> names it in errors.</summary>
    public static FilmManifest Parse(byte[] json, string name)
    {
        FilmManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<FilmManifest>(json, Options);
        }
        catch (JsonException e)
        {
            throw new ImportException(name, (int?)(e.LineNumber + 1), $"malformed manifest: {e.Message.Split(" Path:")[0]}");
        }

        return manifest ?? throw new ImportException(name, 1, "malformed manifest: expected a JSON object.");
    }

    /// <summary>The subject film, after checking the fields a manifest must have.</summary>
    public SubjectFilm ToSubject(string manifestName)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            throw new ImportException(manifestName, null, "the manifest has no \"title\".");
        }

        if (Year is not { } year || !FilmYears.Contains(year))
        {
            throw new ImportException(manifestName, null, $"the manifest's \"year\" must be between {FilmYears.First} and {FilmYears.Last}.");
        }

        var credits = (Credits ?? []).Select((c, i) =>
            string.IsNullOrWhiteSpace(c.Person) || string.IsNullOrWhiteSpace(c.Role)
                ? throw new ImportException(manifestName, null, $"credit {i + 1} needs a \"person\" and a \"role\".")
                : new SubjectCredit(c.Person.Trim(), c.Role.Trim(), string.IsNullOrWhiteSpace(c.Character) ? null : c.Character.Trim()));
        return new SubjectFilm(Title.Trim(), string.IsNullOrWhiteSpace(OriginalTitle) ? null : OriginalTitle.Trim(), Year.Value, credits.ToList());
    }
}
