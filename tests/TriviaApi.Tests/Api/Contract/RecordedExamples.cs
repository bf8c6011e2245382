using System.Text.Json;
using System.Text.Json.Nodes;
using TriviaApi.Api.OpenApi;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// Holds the document's examples (<c>src/TriviaApi/Api/OpenApi/Examples/</c>) to what the server really answers: an
/// answer must equal the example recorded under its key, trace id aside. With <c>TRIVIA_RECORD_EXAMPLES=1</c> the
/// answer is recorded instead, after a deliberate change.
/// </summary>
internal static class RecordedExamples
{
    public static readonly bool Recording = Environment.GetEnvironmentVariable("TRIVIA_RECORD_EXAMPLES") == "1";

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How <paramref name="answer"/> differs from the example <paramref name="key"/> (<c>{operationId}.{status}</c>, <c>any.{status}</c>); null when it does not.</summary>
    public static string? Difference(string key, string request, JsonNode? answer, JsonNode? body = null)
    {
        if (Recording)
        {
            var example = new JsonObject { ["request"] = request };
            if (body is not null)
            {
                example["body"] = body.DeepClone();
            }

            example["response"] = answer?.DeepClone();
            File.WriteAllText(Repository.PathOf("src", "TriviaApi", "Api", "OpenApi", "Examples", key + ".json"), example.ToJsonString(Written) + "\n");
            return null;
        }

        if (!ResponseExamples.Recorded.TryGetValue(key, out var recorded))
        {
            return $"{key}: no example recorded (run with TRIVIA_RECORD_EXAMPLES=1)";
        }

        return JsonNode.DeepEquals(WithoutTraceId(recorded["response"]), WithoutTraceId(answer))
            ? null
            : $"{key}: {request} now answers {answer?.ToJsonString()}";
    }

    /// <summary>Fails unless <paramref name="response"/>'s body is the example <paramref name="key"/>.</summary>
    public static async Task AssertAnswerAsync(string key, string request, HttpResponseMessage response)
    {
        var difference = Difference(key, request, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
        Assert.True(difference is null, difference);
    }

    private static JsonNode? WithoutTraceId(JsonNode? node)
    {
        var copy = node?.DeepClone();
        if (copy is JsonObject problem)
        {
            problem.Remove("traceId");
        }

        return copy;
    }
}
