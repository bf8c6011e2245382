using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Search.Index;

namespace TriviaApi.Importing;

/// <summary>
/// <c>dotnet run --project src/TriviaApi -- import [--dry-run [--format text|json]] PATH... [--title T --year Y]</c>:
/// imports trivia files or folders into the configured database and exits: 0 on success, 1 on bad input (nothing
/// changed), 2 on a usage error. With <c>--dry-run</c> it runs the whole import, prints what each line would link to
/// and why, and rolls it back.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";
    private const string Usage = "usage: import [--dry-run [--format text|json]] PATH... [--title \"Título do filme\" --year YYYY]";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>
    /// Answers an import whose files are all as last imported before the app is built: a read-only look at the database
    /// (its file checked, its schema this build's, its record of imported files: plain SQL, no EF model, no search
    /// index, no extraction) and a hash of each file, stopping at the first changed one. The report is the one
    /// <see cref="RunAsync"/> prints for the same files. Null when there is anything to do or any doubt (a changed file,
    /// a schema to upgrade, a database missing or unreadable, a bad file, a dry run, a usage error):
    /// <see cref="RunAsync"/> then does the work, and says what is wrong in its own words.
    /// </summary>
    public static async Task<int?> TrySkipUnchangedAsync(string connectionString, string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (!TryParse(args, out var options, out _) || options.DryRun)
        {
            return null;
        }

        try
        {
            // A file locked past a second is left to the full command, which says that it waits, and for how long.
            var briefly = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 1 }.ToString();
            var lastImports = await UnchangedFiles.LastImportsIfSchemaCurrentAsync(new DatabaseFile(briefly), cancellationToken);
            if (lastImports is null)
            {
                return null;
            }

            var files = TriviaSourceLoader.Files(options.Paths.Select(FromCallerDirectory));
            if (UnchangedFiles.CountFactsIfAllUnchanged(files, options.Title, options.Year, lastImports) is not { } facts)
            {
                return null;
            }

            await output.WriteLineAsync(new ImportReport { SkippedFiles = files.Count, UnchangedFacts = facts }.ToString());
            return 0;
        }
        catch (Exception e) when (IsLeftToTheImport(e))
        {
            return null;
        }
    }

    /// <summary>What the full command reports in its own words: the file, the database, the input.</summary>
    private static bool IsLeftToTheImport(Exception e) =>
        e is DatabaseFaultException or SqliteException or ImportException or IOException or UnauthorizedAccessException
        || (e is AggregateException all && all.InnerExceptions.All(IsLeftToTheImport));

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            await error.WriteLineAsync($"{problem}{Environment.NewLine}{Usage}");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TriviaDbContext>();
        try
        {
            await db.UpgradeSchemaAsync(output.WriteLine);
            if (!options.DryRun && scope.ServiceProvider.GetRequiredService<DatabaseFile>() is { IsReadOnly: true } readOnly)
            {
                // Refused before the search index's writer waits for a lock file it may not create.
                throw new DatabaseFaultException($"The database {readOnly.Path} is read-only (Mode=ReadOnly, or a file this process may not write), and an import writes to it.");
            }

            // Files as they were last imported are recognised by their hash before they are read line by line.
            var lastImports = options.DryRun ? null : await UnchangedFiles.LastImportsAsync(db);
            var sources = TriviaSourceLoader.Load(options.Paths.Select(FromCallerDirectory), options.Title, options.Year, lastImports);
            var importer = scope.ServiceProvider.GetRequiredService<KnowledgeBaseImporter>();
            if (options.DryRun)
            {
                // Progress goes to standard error, so that the JSON on standard output stays a document.
                var review = await importer.ReviewAsync(sources, new Progress<string>(line => error.WriteLine(line)));
                await (options.Json ? ImportReviewWriter.WriteJsonAsync(review, output) : ImportReviewWriter.WriteTextAsync(review, output));
                return 0;
            }

            var report = await importer.ImportAsync(sources, new Progress<string>(line => output.WriteLine(line)));
            await output.WriteLineAsync(report.ToString());
            return 0;
        }
        catch (ImportException e)
        {
            await error.WriteLineAsync($"{(options.DryRun ? "dry run" : "import")} failed, database unchanged: {e.Message}");
            return 1;
        }
        catch (SearchIndexBehindException e)
        {
            // The database did change: say so, and that search catches up at the API's next start.
            await error.WriteLineAsync($"import written to the database, but {e.Message}");
            return 1;
        }
        catch (DatabaseFaultException e)
        {
            await error.WriteLineAsync($"{(options.DryRun ? "dry run" : "import")} failed, database unchanged: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e.GetBaseException() is SqliteException sqlite)
        {
            var fault = DatabaseFaultException.From(sqlite, scope.ServiceProvider.GetRequiredService<DatabaseFile>().Path);
            await error.WriteLineAsync($"{(options.DryRun ? "dry run" : "import")} failed, database unchanged: {fault.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbUpdateException)
        {
            await error.WriteLineAsync($"{(options.DryRun ? "dry run" : "import")} failed, database unchanged: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// <c>dotnet run --project</c> starts the app in the project folder; PWD still names the folder the caller typed
    /// the paths from, so relative paths mean what they meant in the caller's shell.
    /// </summary>
    private static string FromCallerDirectory(string path) =>
        Path.GetFullPath(path, Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory);

    private sealed record Options(List<string> Paths, string? Title, int? Year, bool DryRun, bool Json);

    private static bool TryParse(string[] args, out Options options, out string problem)
    {
        var (paths, title, year, dryRun, format) = (new List<string>(), (string?)null, (int?)null, false, (string?)null);
        (options, problem) = (new Options(paths, null, null, false, false), "");
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--title" when i + 1 < args.Length:
                    title = args[++i];
                    break;
                case "--year" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                        || !FilmYears.Contains(parsed))
                    {
                        problem = $"--year must be a year from {FilmYears.First} to {FilmYears.Last}, not \"{args[i]}\".";
                        return false;
                    }

                    year = parsed;
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--format" when i + 1 < args.Length:
                    format = args[++i];
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    problem = $"unknown option or missing value: {option}";
                    return false;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            problem = "give at least one trivia file or folder.";
        }
        else if ((title is null) != (year is null))
        {
            problem = "--title and --year go together.";
        }
        else if (format is not (null or "text" or "json"))
        {
            problem = $"--format is text or json, not \"{format}\".";
        }
        else if (format is not null && !dryRun)
        {
            problem = "--format goes with --dry-run.";
        }

        options = new Options(paths, title, year, dryRun, format == "json");
        return problem.Length == 0;
    }
}
