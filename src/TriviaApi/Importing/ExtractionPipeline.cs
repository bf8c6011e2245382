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

    public static async IAsyncEnumerable<(TriviaSource Source, IReadOnlyList<TriviaLine> Lines, IReadOnlyList<FactMentions> Mentions)> ExtractAsync(
        IReadOnlyList<TriviaSource> sources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = new Queue<(TriviaSource Source, Task<(IReadOnlyList<TriviaLine> Lines, IReadOnlyList<FactMentions> Mentions)> Extracted)>();
        var next = 0;
        while (next < sources.Count || pending.Count > 0)
        {
            while (next < sources.Count && pending.Count < FilesAhead)
            {
                var source = sources[next++];
                pending.Enqueue((source, Task.Run(() => Extract(source), cancellationToken)));
            }

            var (done, extracted) = pending.Dequeue();
            var (lines, mentions) = await extracted;
            yield return (done, lines, mentions);
        }
    }

    private static (IReadOnlyList<TriviaLine> Lines, IReadOnlyList<FactMentions> Mentions) Extract(TriviaSource source)
    {
        var lines = source.ReadLines();
        return (lines, TriviaFileExtractor.Extract(source.Subject, lines.Select(l => l.Text).ToList()));
    }
}
