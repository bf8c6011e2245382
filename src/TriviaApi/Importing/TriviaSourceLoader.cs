using System.Runtime.ExceptionServices;
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
    /// <exception cref="ImportException">A file is refused: the first refused in the import's order.</exception>
    public static IReadOnlyList<TriviaSource> Load(IEnumerable<string> paths, string? title = null, int? year = null, IReadOnlyDictionary<string, string>? lastImports = null)
    {
        // Files are read, checked and hashed on every core, since nothing else can start before they are; a refused
        // file stops the reading of those after it, and the first refused in order is the one reported.
        var files = Files(paths);
        var sources = new TriviaSource[files.Count];
        var refused = new ExceptionDispatchInfo?[files.Count];
        Parallel.For(0, files.Count, (i, loop) =>
        {
            try
            {
                sources[i] = LoadOne(files[i], title, year, lastImports);
            }
            catch (Exception e)
            {
                // Thrown below as it was thrown here, as reading the files one by one would have.
                refused[i] = ExceptionDispatchInfo.Capture(e);
                loop.Break();
            }
        });
        Array.Find(refused, e => e is not null)?.Throw();
        return sources;
    }

    /// <summary>The trivia files the paths name (each folder's in name order), full paths, one of each file name.</summary>
    public static IReadOnlyList<string> Files(IEnumerable<string> paths)
    {
        var files = paths.SelectMany(Expand).Select(Path.GetFullPath).Distinct().ToList();
        if (files.Count == 0)
        {
            throw new ImportException(string.Join(", ", paths), null, "no trivia files (*.txt) found.");
        }

        var clash = files.GroupBy(Path.GetFileName).FirstOrDefault(g => g.Count() > 1);
        return clash is null
            ? files
            : throw new ImportException(clash.Key!, null, $"two files named {clash.Key} ({string.Join(", ", clash)}): a file's name identifies its facts, so one import takes one file of each name.");
    }

    /// <summary>
    /// A trivia file's bytes and its manifest's (null without one), read once each, and their hash: all an import needs
    /// to know the file unchanged since its last import, before anything is parsed or checked.
    /// </summary>
    /// <param name="file">The trivia file's full path.</param>
    /// <param name="title">The film of a file without a manifest.</param>
    /// <param name="year">Its year.</param>
    /// <exception cref="ImportException">The file has no manifest, and no film was given.</exception>
    public static RawTriviaFile ReadRaw(string file, string? title, int? year)
    {
        var name = Path.GetFileName(file);
        var manifestPath = Path.ChangeExtension(file, ".json");
        var manifest = File.Exists(manifestPath) ? File.ReadAllBytes(manifestPath) : null;
        if (manifest is null && (string.IsNullOrWhiteSpace(title) || year is null))
        {
            throw new ImportException(name, null,
                $"no manifest ({Path.GetFileName(manifestPath)}) beside it; add one, or give the film with --title \"...\" --year YYYY.");
        }

        var text = File.ReadAllBytes(file);
        return new RawTriviaFile(name, Path.GetFileName(manifestPath), text, manifest, UnchangedFiles.HashOf(text, manifest, title, year));
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal)
        : File.Exists(path) ? [Path.GetFullPath(path)]
        : throw new ImportException(path, null, "no such file or folder.");

    private static TriviaSource LoadOne(string file, string? title, int? year, IReadOnlyDictionary<string, string>? lastImports)
    {
        var raw = ReadRaw(file, title, year);
        SubjectFilm subject;
        string language;
        if (raw.Manifest is not null)
        {
            var manifest = FilmManifest.Parse(raw.Manifest, raw.ManifestName);
            subject = manifest.ToSubject(raw.ManifestName);
            language = manifest.Language ?? LanguageFromName(raw.Name);
        }
        else
        {
            subject = new FilmManifest(title, null, year, null, null).ToSubject("--title/--year");
            language = LanguageFromName(raw.Name);
        }

        if (!LanguageTag().IsMatch(language))
        {
            throw new ImportException(raw.Name, null, $"\"{language}\" is not a language tag such as pt-BR.");
        }

        // Checked (encoding, NULs, line lengths) before any database work, unless it is as last imported; then let go.
        var facts = lastImports?.GetValueOrDefault(raw.Name) == raw.Hash ? TriviaFileReader.CountFacts(raw.Text) : TriviaFileReader.Check(raw.Name, raw.Text);
        return new TriviaSource(raw.Name, file, language, subject, facts) { Hash = raw.Hash };
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
