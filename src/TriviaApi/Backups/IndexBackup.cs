using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using TriviaApi.Data;
using TriviaApi.Search.Index;
using Directory = System.IO.Directory;

namespace TriviaApi.Backups;

/// <summary>
/// The search index beside a backup, so a restored copy serves search at once. The live index's last commit is copied
/// when it reflects the very generation the database copy holds; Lucene never changes a committed file, so the files
/// of that commit are a consistent index. When it does not (an import committed in between, or the index lags), or a
/// file goes while copying (a newer commit replaced it), the index is rebuilt from the database copy instead.
/// </summary>
public sealed class IndexBackup(SearchIndexStore live, ILogger<SearchIndexWriter> logger)
{
    /// <summary>Writes the index for <paramref name="copy"/> into <paramref name="target"/>, which must not exist.</summary>
    /// <returns>Whether the live index was copied (else it was rebuilt).</returns>
    public async Task<bool> WriteAsync(BackedUpDatabase copy, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(copy);

        // Written beside the target and renamed when complete, as the database copy is.
        var partial = target + ".partial";
        Delete(partial);
        try
        {
            var copied = TryCopy(copy.Generation, partial);
            if (!copied)
            {
                Delete(partial);
                await RebuildAsync(copy, partial, cancellationToken);
            }

            Directory.Move(partial, target);
            return copied;
        }
        finally
        {
            Delete(partial);
        }
    }

    private bool TryCopy(long generation, string partial)
    {
        try
        {
            if (!live.Exists)
            {
                return false;
            }

            var commit = DirectoryReader.ListCommits(live.Directory)[^1];
            if (GenerationOf(commit) != generation)
            {
                return false;
            }

            using (var destination = FSDirectory.Open(partial))
            {
                foreach (var file in commit.FileNames)
                {
                    live.Directory.Copy(destination, file, file, IOContext.DEFAULT);
                }
            }

            // The copy must open as an index of that generation, or it is no use.
            using var check = FSDirectory.Open(partial);
            using var reader = DirectoryReader.Open(check);
            return GenerationOf(reader.IndexCommit) == generation;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private async Task RebuildAsync(BackedUpDatabase copy, string partial, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<TriviaDbContext>().UseSqlite(DatabaseBackup.Unpooled(copy.Path)).Options;
        await using var db = new TriviaDbContext(options);
        using var store = new SearchIndexStore(partial);
        await new SearchIndexWriter(store, logger).RebuildAsync(db, cancellationToken);
    }

    private static long? GenerationOf(IndexCommit commit) =>
        commit.UserData.TryGetValue(DatabaseGeneration.CommitKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : null;

    private static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
