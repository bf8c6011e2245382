using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TriviaApi.Api.OpenApi;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// The document's examples are what the seeded API answers. Run with <c>TRIVIA_RECORD_EXAMPLES=1</c> to record them
/// again into <c>src/TriviaApi/Api/OpenApi/Examples/</c> after a deliberate change.
/// </summary>
[Collection(SeededApi.Name)]
public class ResponseExampleTests(TriviaApiFactory factory)
{
    [Fact]
    public async Task Every_example_is_what_the_seeded_api_answers()
    {
        var client = factory.CreateClient();
        var token = await NewSessionAsync(client);
        var question = (await client.GetJsonAsync("/api/v1/quiz?count=1&film=la-la-land&hideAnswers=true")).GetProperty("questions")[0].GetProperty("id").GetString()!;
        var differences = new List<string>();

        foreach (var (operationId, status, method, url, body) in ExampleRequests.All)
        {
            var key = $"{operationId}.{status}";
            var sent = body?.Replace("{question}", question, StringComparison.Ordinal);
            var response = await SendAsync(client, method, url.Replace("{token}", token, StringComparison.Ordinal), sent);
            var answer = await ReadAsync(response);
            if ((int)response.StatusCode != status)
            {
                differences.Add($"{key}: {method} {url} answered {(int)response.StatusCode}: {answer?.ToJsonString()}");
                continue;
            }

            // An answer that differs on every call is held to the document by its schema (DocumentExampleTests), not here.
            if (ExampleRequests.Varying.Contains(key) && !RecordedExamples.Recording)
            {
                if (!ResponseExamples.Recorded.ContainsKey(key))
                {
                    differences.Add($"{key}: no example recorded (run with TRIVIA_RECORD_EXAMPLES=1)");
                }
            }
            else if (RecordedExamples.Difference(key, $"{method} {url}", answer, sent is null ? null : JsonNode.Parse(sent)) is { } difference)
            {
                differences.Add(difference);
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void Every_operation_has_an_example_of_its_success_and_of_a_400()
    {
        var operations = ExampleRequests.All.Select(e => e.OperationId).Distinct().ToList();

        Assert.Equal(25, operations.Count);
        Assert.All(operations, id => Assert.Contains(ExampleRequests.All, e => e.OperationId == id && e.Status == 400));
    }

    internal static async Task<string> NewSessionAsync(HttpClient client)
    {
        var created = await client.PostAsync(new Uri("/api/v1/trivia/sessions", UriKind.Relative), null);
        return System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
    }

    internal static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        return client.SendAsync(request);
    }

    private static async Task<JsonNode?> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (text.Length == 0)
        {
            return null;
        }

        return response.Content.Headers.ContentType?.MediaType == "text/html" ? JsonValue.Create(text) : JsonNode.Parse(text);
    }
}
