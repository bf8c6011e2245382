using System.Text.Json;
using System.Text.Json.Nodes;
using TriviaApi.Api.OpenApi;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// Holds the document's examples (<c>src/TriviaApi/Api/OpenApi/Examples/</c>) to what the server really answers: an
/// answer must equal the example recorded under its key, trace id aside. An example keeps the first
/// <see cref="ItemsShown"/> items of each list, enough to show its shape and few enough to read in Swagger UI; the
/// answer is cut the same way before it is compared. With <c>TRIVIA_RECORD_EXAMPLES=1</c> the answer is recorded
/// instead, after a deliberate change.
/// </summary>
internal static class RecordedExamples
{
    public const int ItemsShown = 4;

    public static readonly bool Recording = Environment.GetEnvironmentVariable("TRIVIA_RECORD_EXAMPLES") == "1";

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// How <paramref name="answer"/> differs from the example <paramref name="key"/> (<c>{operationId}.{status}</c>,
    /// <c>any.{status}</c>); null when it does not. Where <paramref name="numbersInTextVary"/> (a wait in seconds), the
    /// numbers written in its texts may differ.
    /// </summary>
    public static string? Difference(string key, string request, JsonNode? answer, JsonNode? body = null, bool numbersInTextVary = false)
    {
        if (Recording)
        {
            var example = new JsonObject { ["request"] = request };
            if (body is not null)
            {
                example["body"] = body.DeepClone();
            }

            example["response"] = Shortened(answer);
            File.WriteAllText(Repository.PathOf("src", "TriviaApi", "Api", "OpenApi", "Examples", key + ".json"), example.ToJsonString(Written) + "\n");
            return null;
        }

        if (!ResponseExamples.Recorded.TryGetValue(key, out var recorded))
        {
            return $"{key}: no example recorded (run with TRIVIA_RECORD_EXAMPLES=1)";
        }

        var (expected, actual) = (WithoutTraceId(recorded["response"]), WithoutTraceId(Shortened(answer)));
        if (numbersInTextVary)
        {
            (expected, actual) = (WithoutNumbersInText(expected), WithoutNumbersInText(actual));
        }

        return JsonNode.DeepEquals(expected, actual)
            ? null
            : $"{key}: {request} now answers {answer?.ToJsonString()}";
    }

    /// <summary>Fails unless <paramref name="response"/>'s body is the example <paramref name="key"/>.</summary>
    public static async Task AssertAnswerAsync(string key, string request, HttpResponseMessage response, bool numbersInTextVary = false)
    {
        var difference = Difference(key, request, JsonNode.Parse(await response.Content.ReadAsStringAsync()), numbersInTextVary: numbersInTextVary);
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

    private static JsonNode? Shortened(JsonNode? node) => node switch
    {
        JsonObject item => new JsonObject(item.Select(p => KeyValuePair.Create(p.Key, Shortened(p.Value)))),
        JsonArray items => new JsonArray([.. items.Take(ItemsShown).Select(Shortened)]),
        _ => node?.DeepClone(),
    };

    private static JsonNode? WithoutNumbersInText(JsonNode? node) => node switch
    {
        JsonObject item => new JsonObject(item.Select(p => KeyValuePair.Create(p.Key, WithoutNumbersInText(p.Value)))),
        JsonArray items => new JsonArray([.. items.Select(WithoutNumbersInText)]),
        JsonValue text when text.TryGetValue<string>(out var value) => JsonValue.Create(System.Text.RegularExpressions.Regex.Replace(value, "[0-9]+", "N")),
        _ => node?.DeepClone(),
    };
}
