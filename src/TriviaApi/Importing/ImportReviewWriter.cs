using System.Text.Json;
using System.Text.Json.Serialization;
using TriviaApi.Extraction;

namespace TriviaApi.Importing;

/// <summary>Prints an <see cref="ImportReview"/> for a curator: aligned text to read, or JSON for tools.</summary>
public static class ImportReviewWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task WriteTextAsync(ImportReview review, TextWriter output)
    {
        foreach (var line in review.Lines)
        {
            await output.WriteLineAsync($"{line.File}:{line.Line}  {line.Text}");
            foreach (var mention in line.Mentions)
            {
                var name = mention.IsNew ? $"{mention.Name} (new)" : mention.Name;
                await output.WriteLineAsync($"  {Kind(mention.Kind),-10} {name,-40} {mention.Cue}");
            }
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync(review.Report.ToString());
        await output.WriteLineAsync("Dry run: the import was rolled back; nothing was written.");
    }

    public static Task WriteJsonAsync(ImportReview review, TextWriter output) =>
        output.WriteLineAsync(JsonSerializer.Serialize(new { dryRun = true, review.Report, review.Lines }, Json));

    private static string Kind(MentionKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
