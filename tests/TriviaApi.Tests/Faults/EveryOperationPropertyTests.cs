using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using TriviaApi.Tests.Api;
using TriviaApi.Tests.Api.Contract;

namespace TriviaApi.Tests.Faults;

/// <summary>
/// Random sequences of requests over every operation the OpenAPI document declares, with valid, boundary and hostile
/// values in the path, the query and the body: the API never answers 5xx, and an error is always problem details. The
/// test server holds every response to the document (<see cref="ContractCheck"/>), so an undeclared status, content
/// type or body shape reaches the test as a 500 and fails it too.
/// </summary>
public sealed class EveryOperationPropertyTests : IClassFixture<EveryOperationPropertyTests.Api>
{
    /// <summary>Enough sequences to visit every operation many times, few enough to run in seconds.</summary>
    private const int Sequences = 60;

    private static readonly string[] Hostile =
    [
        "", "%20", "%00", "a%00b", "%C3%28", "%FF%FE", "%E2%82", "%0A", "%0D%0A", "%2F", "..", "%25", "%",
        "0", "-1", "1", "20", "100", "101", "2147483647", "2147483648", "-2147483649", "99999999999999999999999", "1e9", "NaN", "0x10", "1.5",
        "la-la-land", "john-legend", "music", "costumes", "emma-stone", "4", "99999",
        "%22a%20NEAR(b", "piano*", "*", "-", "OR", "a%20OR", "text:piano", "a%5E2~", "(%22", "%27%20OR%201%3D1%20--", "1%3B%20DROP%20TABLE%20Facts",
        "%F0%9F%8E%AC", "M%C3%BAsica", "title", "-year", "relevance", "-triviaCount", "trivia,film,person,tag", "tag,person,film", "light", "dark",
        "2026-11-29", "29/11/2026", "true", "false", "easy", "impossible", "AAAAAAAAAAAAAAAAAAAAAA", "aWR8MjAxNnw0",
        new string('a', 5_000), string.Concat(Enumerable.Repeat("%C3%A9", 3_000)),
    ];

    private static readonly string[] Bodies =
    [
        """{"question":"{question}","answer":2}""", """{"question":"{question}","answer":-1}""", """{"question":"{question}","answer":2147483648}""",
        """{"question":"inventada","answer":1}""", """{"question":null,"answer":null}""", """{"question":1,"answer":"dois"}""", "{}", "[]", "null", "",
        "{", """{"question":"a\u0000b","answer":0}""", """{"question":"x","answer":0,"extra":true}""", "não é json", new string('[', 5_000),
        "{\"question\":\"" + new string('x', 20_000) + "\",\"answer\":0}",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/json; charset=iso-8859-1", "text/plain", "application/xml",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/problem+json",
    ];

    private readonly Api _api;

    public EveryOperationPropertyTests(Api api) => _api = api;

    [Fact]
    public async Task Random_sequences_of_requests_never_get_a_5xx_and_errors_are_always_problem_details()
    {
        var operations = await _api.OperationsAsync();
        var request = Gen.Select(Gen.Int[0, operations.Count - 1], Gen.Int[0, Hostile.Length - 1].Array[0, 12], Gen.Int[0, 4], Gen.Int[0, Bodies.Length - 1], Gen.Int[0, ContentTypes.Length - 1])
            .Select((operation, values, extras, body, contentType) => new GeneratedRequest(operations[operation], values, extras, Bodies[body], ContentTypes[contentType]));

        await request.Array[1, 6].SampleAsync(
            async sequence =>
            {
                var (token, question) = await _api.LiveSessionAndQuestionAsync();
                foreach (var generated in sequence)
                {
                    using var message = generated.ToMessage(token, question);
                    using var response = await _api.Client.SendAsync(message);
                    var status = (int)response.StatusCode;
                    var what = $"{message.Method} {message.RequestUri} ({generated.ContentType}, {generated.Body[..Math.Min(60, generated.Body.Length)]}) answered {status}: {await response.Content.ReadAsStringAsync()}";
                    Assert.True(status < 500, what);
                    if (status >= 400)
                    {
                        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", what);
                    }
                }
            },
            iter: Sequences,
            threads: 1);
    }

    /// <summary>An operation of the document: its method, path template and declared query parameters.</summary>
    public sealed record Operation(HttpMethod Method, string Path, IReadOnlyList<string> Query, bool HasBody);

    private sealed record GeneratedRequest(Operation Operation, int[] Values, int Extras, string Body, string ContentType)
    {
        public HttpRequestMessage ToMessage(string token, string question)
        {
            var values = new Queue<string>(Values.Select(v => Hostile[v]));
            string Next() => values.Count > 0 ? values.Dequeue() : "la-la-land";

            // Each path parameter: the live session's token for {token} now and then, else a generated value. A NUL
            // in the path never reaches the app (Kestrel answers 400 itself; the test host throws), so not there.
            string PathValue() => Next().Replace("%00", "%20", StringComparison.Ordinal);
            var path = System.Text.RegularExpressions.Regex.Replace(Operation.Path, @"\{[^}]+\}", m => m.Value == "{token}" && Extras % 2 == 0 ? token : PathValue());
            var query = new List<string>();
            foreach (var name in Operation.Query)
            {
                if (values.Count > 0 && values.Peek().Length % 3 != 0)
                {
                    query.Add($"{name}={(name == "session" && Extras == 1 ? token : Next())}");
                }
            }

            // Now and then a parameter no operation takes, or one given twice.
            if (Extras == 3)
            {
                query.Add($"desconhecido={Next()}");
            }

            if (Extras == 4 && Operation.Query.Count > 0)
            {
                query.Add($"{Operation.Query[0]}={Next()}");
                query.Add($"{Operation.Query[0]}={Next()}");
            }

            var uri = new Uri(path + (query.Count > 0 ? "?" + string.Join('&', query) : ""), UriKind.Relative);
            var message = new HttpRequestMessage(Operation.Method, uri);
            // Bodies go only where the document takes one.
            if (Operation.HasBody)
            {
                message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body.Replace("{question}", question, StringComparison.Ordinal)));
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }

            return message;
        }
    }

    /// <summary>One server over the seeds for every sequence; each sequence gets a live session and a question id.</summary>
    public sealed class Api : IDisposable
    {
        private readonly TriviaApiFactory _factory = new();

        public Api() => Client = _factory.CreateClient();

        public HttpClient Client { get; }

        public void Dispose() => _factory.Dispose();

        public async Task<IReadOnlyList<Operation>> OperationsAsync()
        {
            var document = JsonNode.Parse(await Client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;
            return [.. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(operation => new Operation(
                new HttpMethod(operation.Key.ToUpperInvariant()),
                path.Key,
                [.. operation.Value!["parameters"]?.AsArray().Where(p => (string?)p!["in"] == "query").Select(p => (string)p!["name"]!) ?? []],
                operation.Value!["requestBody"] is not null)))];
        }

        public async Task<(string Token, string Question)> LiveSessionAndQuestionAsync()
        {
            using var created = await Client.PostAsync(new Uri("/api/v1/trivia/sessions", UriKind.Relative), null);
            var token = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["token"]!;
            var quiz = JsonNode.Parse(await Client.GetStringAsync(new Uri("/api/v1/quiz?count=1&hideAnswers=true", UriKind.Relative)))!;
            return (token, (string)quiz["questions"]![0]!["id"]!);
        }
    }
}
