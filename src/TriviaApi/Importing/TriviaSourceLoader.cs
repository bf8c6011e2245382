using System.Text.RegularExpressions;
using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>
/// Turns the paths given to an import into checked sources: each <c>.txt</c> file (folders are searched, in name order)
/// with its manifest, or, for a file without one, the title and year given on the command line.
/// </summary>
public static partial class TriviaSourceLoader
{
    public const string DefaultLanguage = "pt-BR";

    /// <summary>The sources the paths name, checked and hashed.</summary>
    /// <param name="paths">Trivia files and folders of them.</param>
    /// <param name="title">The film of files without a manifest.</param>
    /// <param name="year">Its year.</param>
    /// <param name="lastImports">
    /// The hash of each file's last import, by name: a file whose hash is the same was checked then, so it is only
    /// counted, not read line by line; the import skips it.
    /// </param>
    public static IReadOnlyList<TriviaSource> Load(IEnumerable<string> paths, string? title = null, int? year = null, IReadOnlyDictionary<string, string>? lastImports = null)
    {
        var files = paths.SelectMany(Expand).Select(Path.GetFullPath).Distinct().ToList();
        if (files.Count == 0)
        {
            throw new ImportException(string.Join(", ", paths), null, "no trivia files (*.txt) found.");
        }

        var clash = files.GroupBy(Path.GetFileName).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new ImportException(clash.Key!, null, $"two files named {clash.Key} ({string.Join(", ", clash)}): a file's name identifies its facts, so one import takes one file of each name.");
        }

        return files.Select(file => LoadOne(file, title, year, lastImports)).ToList();
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal)
        : File.Exists(path) ? [Path.GetFullPath(path)]
        : throw new ImportException(path, null, "no such file or folder.");

    private static TriviaSource LoadOne(string file, string? title, int? year, IReadOnlyDictionary<string, string>? lastImports)
    {
        var name = Path.GetFileName(file);
        var manifestPath = Path.ChangeExtension(file, ".json");
        string language;
        SubjectFilm subject;
        if (File.Exists(manifestPath))
        {
            var manifest = FilmManifest.Read(manifestPath);
            subject = manifest.ToSubject(Path.GetFileName(manifestPath));
            language = manifest.Language ?? LanguageFromName(name);
        }
        else if (!string.IsNullOrWhiteSpace(title) && year is not null)
        {
            subject = new FilmManifest(title, null, year, null, null).ToSubject("--title/--year");
            language = LanguageFromName(name);
        }
        else
        {
            throw new ImportException(name, null,
                $"no manifest ({Path.GetFileName(manifestPath)}) beside it; add one, or give the film with --title \"...\" --year YYYY.");
        }

        if (!LanguageTag().IsMatch(language))
        {
            throw new ImportException(name, null, $"\"{language}\" is not a language tag such as pt-BR.");
        }

        // Read in full to hash it and, unless it is as last imported, check it (encoding, NULs, line lengths) before
        // any database work, then let go.
        var bytes = File.ReadAllBytes(file);
        var hash = UnchangedFiles.HashOf(bytes, manifestPath, subject, language);
        var facts = lastImports?.GetValueOrDefault(name) == hash ? TriviaFileReader.CountFacts(bytes) : TriviaFileReader.Read(name, bytes).Count;
        return new TriviaSource(name, file, language, subject, facts) { Hash = hash };
    }

    /// <summary>"o-segredo-do-mar.pt-BR.txt" is in pt-BR; a file whose name carries no tag is taken to be.</summary>
    private static string LanguageFromName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var tag = Path.GetExtension(stem).TrimStart('.');
        return LanguageTag().IsMatch(tag) ? tag : DefaultLanguage;
    }

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Z]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
