using System.Globalization;
using System.Text;

namespace TriviaApi.Benchmarks.Extraction;

/// <summary>
/// A scored corpus as text for a terminal: per file and in total, precision, recall and F1 per kind, then every miss
/// and false positive; it ends with <c>extraction:</c> lines for scripts to read.
/// </summary>
public static class ExtractionReport
{
    public static string Format(CorpusScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var text = new StringBuilder();
        foreach (var file in score.Files)
        {
            text.AppendLine(file.FileName);
            AppendScores(text, file);
            AppendMistakes(text, file);
            text.AppendLine();
        }

        foreach (var name in score.FilesWithoutGold)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name}: no gold annotation ({Path.ChangeExtension(name, GoldAnnotation.Extension)}), not scored");
        }

        var total = score.Total;
        text.AppendLine(CultureInfo.InvariantCulture, $"total over {score.Files.Count} files in {score.Folder}");
        AppendScores(text, total);
        text.AppendLine();
        foreach (var (kind, kindScore) in total.Kinds)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"extraction: {kind} P={kindScore.Precision:F3} R={kindScore.Recall:F3} F1={kindScore.F1:F3} tp={kindScore.TruePositives} fp={kindScore.FalsePositiveCount} fn={kindScore.FalseNegativeCount}");
        }

        return text.ToString();
    }

    private static void AppendScores(StringBuilder text, FileScore file)
    {
        foreach (var (kind, s) in file.Kinds)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {kind,-11} P {s.Precision:F3}  R {s.Recall:F3}  F1 {s.F1:F3}   (tp {s.TruePositives}, fp {s.FalsePositiveCount}, fn {s.FalseNegativeCount})");
        }
    }

    private static void AppendMistakes(StringBuilder text, FileScore file)
    {
        foreach (var (kind, s) in file.Kinds)
        {
            foreach (var miss in s.Misses)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    missed {Singular(kind),-10} {miss}");
            }

            foreach (var falsePositive in s.FalsePositives)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    false  {Singular(kind),-10} {falsePositive}");
            }
        }
    }

    private static string Singular(string kind) => kind switch
    {
        "people" => "person",
        _ => kind.TrimEnd('s'),
    };
}
