using System.Runtime.CompilerServices;
using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>
/// Extracts trivia files on the thread pool, a bounded number of files ahead of the one being written, and hands
/// them over in the order given. Extraction is pure and per file, so it can use every core while the import's one
/// database connection writes; the bound keeps memory flat however large the import.
/// </summary>
internal static class ExtractionPipeline
{
    private static readonly int FilesAhead = Math.Max(2, Environment.ProcessorCount * 4);

    public static async IAsyncEnumerable<(TriviaSource Source, IReadOnlyList<FactMentions> Mentions)> ExtractAsync(
        IReadOnlyList<TriviaSource> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = new Queue<(TriviaSource Source, Task<IReadOnlyList<FactMentions>> Mentions)>();
        var next = 0;
        while (next < sources.Count || pending.Count > 0)
        {
            while (next < sources.Count && pending.Count < FilesAhead)
            {
                var source = sources[next++];
                pending.Enqueue((source, Task.Run(() => TriviaFileExtractor.Extract(source.Subject, source.Lines.Select(l => l.Text).ToList()), cancellationToken)));
            }

            var (done, mentions) = pending.Dequeue();
            yield return (done, await mentions);
        }
    }
}
