using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;

namespace TriviaApi.Importing;

/// <summary>The start-up step that imports the seed folder into a database holding no facts yet.</summary>
public sealed partial class SeedImport(TriviaDbContext db, KnowledgeBaseImporter importer, DatabaseFile file, IConfiguration configuration, ILogger<SeedImport> logger) : IStartupStep
{
    /// <exception cref="DatabaseFaultException">The database is empty and read-only: it cannot be seeded.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Facts.AnyAsync(cancellationToken))
        {
            return;
        }

        if (file.IsReadOnly)
        {
            // Refused before the search index's writer waits for a lock file it may not create.
            throw new DatabaseFaultException($"The database {file.Path} holds no facts and is read-only (Mode=ReadOnly, or a file this process may not write), so the seeds cannot be imported: import into a writable copy, then publish it.");
        }

        var seeds = SeedFolder(configuration);
        if (!Directory.Exists(seeds) || !Directory.EnumerateFiles(seeds, "*.txt").Any())
        {
            LogNoSeeds(logger, seeds);
            return;
        }

        var report = await importer.ImportAsync(TriviaSourceLoader.Load([seeds]), cancellationToken: cancellationToken);
        LogSeeded(logger, seeds, report);
    }

    /// <summary>The seed folder: <c>Seeds:Path</c>, by default the <c>seeds</c> folder copied beside the binaries.</summary>
    public static string SeedFolder(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Seeds:Path"] ?? "seeds", AppContext.BaseDirectory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is empty and there are no seed files in {SeedFolder}.")]
    private static partial void LogNoSeeds(ILogger logger, string seedFolder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported the seed folder {SeedFolder}. {Report}")]
    private static partial void LogSeeded(ILogger logger, string seedFolder, ImportReport report);
}
