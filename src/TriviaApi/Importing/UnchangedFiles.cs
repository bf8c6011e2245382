using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>
/// Recognises the files an import can skip: those whose bytes, manifest (or <c>--title</c>/<c>--year</c>) and reading
/// build are those of their last import. The build is part of the hash because a new extractor may link the same
/// lines differently; a skipped file's facts keep the links they were given when it was last imported.
/// </summary>
internal static class UnchangedFiles
{
    private static readonly string Build = typeof(TriviaFileExtractor).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The sources to import, each with its hash, and those unchanged since their last import.</summary>
    public static async Task<(List<(TriviaSource Source, string Hash)> Changed, List<TriviaSource> Unchanged)> SortAsync(
        TriviaDbContext db, IReadOnlyList<TriviaSource> sources, CancellationToken cancellationToken)
    {
        var hashed = sources.Select(s => (Source: s, s.Hash)).ToList();

        // The whole table (a row per file ever imported), not the names given: EF binds a list as one parameter per
        // name, and SQLite looks each name up in a list, so ten thousand names cost seconds.
        var known = await LastImportsAsync(db, cancellationToken);
        var unchanged = hashed.Where(h => known.GetValueOrDefault(h.Source.FileName) == h.Hash).ToList();
        return (hashed.Except(unchanged).ToList(), unchanged.Select(h => h.Source).ToList());
    }

    /// <summary>Remembers the imported files' hashes, in the import's transaction.</summary>
    public static async Task RecordAsync(TriviaDbContext db, IEnumerable<(TriviaSource Source, string Hash)> imported, DateTime now, CancellationToken cancellationToken)
    {
        var files = imported.Select(i => new ImportedFile { FileName = i.Source.FileName, Hash = i.Hash, ImportedAt = now }).ToList();
        var names = files.Select(f => f.FileName).ToList();
        await db.ImportedFiles.Where(f => names.Contains(f.FileName)).ExecuteDeleteAsync(cancellationToken);
        db.ImportedFiles.AddRange(files);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The hash of each file as it was last imported, by file name: the loader skips checking those unchanged.</summary>
    public static async Task<Dictionary<string, string>> LastImportsAsync(TriviaDbContext db, CancellationToken cancellationToken = default) =>
        await db.ImportedFiles.AsNoTracking().ToDictionaryAsync(f => f.FileName, f => f.Hash, StringComparer.Ordinal, cancellationToken);

    /// <summary>The hash of a file's bytes, its manifest (if any) and what it is read as, with this build.</summary>
    public static string HashOf(byte[] text, string manifestPath, SubjectFilm subject, string language)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(text);
        hash.AppendData(File.Exists(manifestPath) ? File.ReadAllBytes(manifestPath) : []);

        // Without a manifest, the film comes from the command line; the subject's title and year stand for it.
        hash.AppendData(Encoding.UTF8.GetBytes($"\n{subject.Title}\n{subject.Year}\n{language}\n{Build}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
