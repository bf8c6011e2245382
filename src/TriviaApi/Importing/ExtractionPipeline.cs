using System.Runtime.CompilerServices;
using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>
/// Extracts trivia files on the thread pool, a bounded number of files ahead of the one being written, and hands
/// them over in the order given. Extraction is pure and per file, so it can use every core while the import's one
/// database connection writes; the bound keeps memory flat however large the import, since each file's lines are
/// read here, as its turn nears.
/// </summary>
internal static class ExtractionPipeline
{
    private static readonly int FilesAhead = Math.Max(2, Environment.ProcessorCount * 4);

    /// <summary>Each file's lines, their mentions and their hashes.</summary>
    public static async IAsyncEnumerable<ExtractedFile> ExtractAsync(
        IReadOnlyList<TriviaSource> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = new Queue<Task<ExtractedFile>>();
        var next = 0;
        while (next < sources.Count || pending.Count > 0)
        {
            while (next < sources.Count && pending.Count < FilesAhead)
            {
                var source = sources[next++];
                pending.Enqueue(Task.Run(() => Extract(source), cancellationToken));
            }

            yield return await pending.Dequeue();
        }
    }

    private static ExtractedFile Extract(TriviaSource source)
    {
        // Lines are hashed here too, beside extraction, rather than one by one on the thread that writes the database.
        var lines = source.ReadLines();
        return new ExtractedFile(source, lines, source.Extract(lines), lines.Select(l => ContentHash.Of(l.Text)).ToList());
    }
}
