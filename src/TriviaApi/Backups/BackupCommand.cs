using TriviaApi.Data;
using TriviaApi.Search.Index;

namespace TriviaApi.Backups;

/// <summary>
/// <c>dotnet run --project src/TriviaApi -- backup PATH</c>: writes a consistent copy of the configured database to
/// PATH (a new file) and its search index beside it (PATH's name with <c>.search</c>), while the server runs and while
/// an import runs, and exits: 0 on success, 1 when the database cannot be read or copied, 2 on a usage error.
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";
    private const string Usage = "usage: backup PATH   (a new file: the copy of the database; its search index goes beside it, in PATH's name with .search)";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static void AddBackups(this IServiceCollection services) => services.AddSingleton<IndexBackup>();

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length != 2 || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var target = Path.GetFullPath(args[1], CallerDirectory());
        var index = Path.ChangeExtension(target, ".search");
        var database = services.GetRequiredService<DatabaseFile>();
        if (File.Exists(target) || Directory.Exists(target) || Directory.Exists(index))
        {
            await error.WriteLineAsync($"{(Directory.Exists(index) ? index : target)} exists: a backup never overwrites; give a new name.{Environment.NewLine}{Usage}");
            return 2;
        }

        if (Path.GetFullPath(database.Path) == target)
        {
            await error.WriteLineAsync($"PATH is the database itself.{Environment.NewLine}{Usage}");
            return 2;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var copy = await DatabaseBackup.CopyAsync(database, target, CancellationToken.None);
            var copied = await services.GetRequiredService<IndexBackup>().WriteAsync(copy, index, CancellationToken.None);
            await output.WriteLineAsync($"Backed up {database.Path} to {target}: {copy.Facts} facts, generation {copy.Generation}.");
            await output.WriteLineAsync($"Search index {(copied ? "copied" : "rebuilt from the copy")} into {index}.");
            return 0;
        }
        catch (DatabaseFaultException e)
        {
            await error.WriteLineAsync($"backup failed: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(target);
            await error.WriteLineAsync($"backup failed, nothing written: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }

    /// <summary>As the import command reads them: relative to the folder the caller ran <c>dotnet run</c> from.</summary>
    private static string CallerDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;
}
