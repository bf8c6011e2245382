using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace TriviaApi.Api.OpenApi;

/// <summary>
/// Examples recorded from the seeded API by the tests (<c>TRIVIA_RECORD_EXAMPLES=1</c>), one file per operation and status,
/// <c>{operationId}.{status}.json</c>: the request made (<c>request</c>, and <c>body</c> when it sends one) and what the
/// API answered (<c>response</c>), each list cut to its first four items. A test asks the seeded API again and expects
/// the same answers. Answers the seed cannot
/// give on demand (a failure, a body too large, a store that cannot be written) are recorded by the tests that provoke
/// them, which expect the same answers too, and are shared by the operations that can answer them:
/// <c>any.{status}</c>, <c>session.503</c>.
/// </summary>
internal static class ResponseExamples
{
    private const string Prefix = "TriviaApi.Api.OpenApi.Examples.";

    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> All = new(Load);

    /// <summary>Every recorded example, by <c>{operationId}.{status}</c>.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Recorded => All.Value;

    public static void Apply(string operationId, string status, OpenApiResponse response, string? shared = null)
    {
        if (response.Content is null
            || !(All.Value.TryGetValue($"{operationId}.{status}", out var example) || All.Value.TryGetValue(shared ?? $"any.{status}", out example)))
        {
            return;
        }

        foreach (var media in response.Content.Values)
        {
            media.Example = example["response"]?.DeepClone();
        }
    }

    public static void ApplyToRequest(string operationId, IOpenApiRequestBody? body)
    {
        if (body?.Content is null || !All.Value.TryGetValue($"{operationId}.200", out var example) || example["body"] is not { } sent)
        {
            return;
        }

        foreach (var media in body.Content.Values)
        {
            media.Example = sent.DeepClone();
        }
    }

    private static Dictionary<string, JsonObject> Load()
    {
        var assembly = typeof(ResponseExamples).Assembly;
        var examples = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            examples[name[Prefix.Length..^".json".Length]] = JsonNode.Parse(stream)!.AsObject();
        }

        return examples;
    }
}
