using TriviaApi.Importing;

namespace TriviaApi.Benchmarks.Extraction;

/// <summary>
/// <c>extraction DIR</c>: scores extraction on the corpus files of DIR against their gold annotations and prints
/// the report. Exits 0 when scored, 1 on a bad corpus file (named), 2 on a usage error.
/// </summary>
public static class ExtractionCommand
{
    public const string Usage = "extraction DIR";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count != 2)
        {
            error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var folder = args[1];
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"{folder}: no such folder.{Environment.NewLine}usage: {Usage}");
            return 2;
        }

        if (ExtractionScorer.GoldFilesIn(folder).Count == 0)
        {
            error.WriteLine($"{folder}: no trivia file (NAME.txt) with a gold annotation (NAME{GoldAnnotation.Extension}) beside it.{Environment.NewLine}usage: {Usage}");
            return 2;
        }

        try
        {
            output.Write(ExtractionReport.Format(ExtractionScorer.ScoreFolder(folder)));
            return 0;
        }
        catch (Exception e) when (e is ImportException or InvalidDataException)
        {
            error.WriteLine($"extraction: not scored: {e.Message}");
            return 1;
        }
    }
}
