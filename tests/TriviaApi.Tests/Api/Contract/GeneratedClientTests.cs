using System.Globalization;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// A client that NSwag generates from the served document reads every answer the seeded API gives it: each GET
/// operation called with the seed values of the document's examples, its successes deserialized into the generated
/// types and its errors into the generated problem type, never an undeclared status or a body the types refuse.
/// </summary>
[Collection(SeededApi.Name)]
public class GeneratedClientTests(TriviaApiFactory factory) : IAsyncLifetime
{
    private GeneratedClient _generated = null!;
    private JsonObject _paths = null!;

    public async Task InitializeAsync()
    {
        var json = await factory.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        _paths = JsonNode.Parse(json)!["paths"]!.AsObject();
        _generated = await GeneratedClient.FromDocumentAsync(json);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Every_operation_is_a_method_named_after_its_operation_id()
    {
        var operationIds = _paths.SelectMany(path => path.Value!.AsObject().Select(op => (string?)op.Value!["operationId"])).OfType<string>().ToList();
        var methods = _generated.ClientType.GetMethods().Select(m => m.Name).ToHashSet();

        Assert.Equal(25, operationIds.Count);
        Assert.All(operationIds, id => Assert.Contains(char.ToUpperInvariant(id[0]) + id[1..] + "Async", methods));
    }

    [Fact]
    public async Task Every_get_operation_called_with_seed_values_reads_its_answer()
    {
        dynamic client = Activator.CreateInstance(_generated.ClientType, factory.CreateClient())!;
        var token = (string)(await client.CreateTriviaSessionAsync()).Token;
        var calls = ExampleRequests.All.Where(e => e.Method == "GET")
            .Select(e => e with { Url = e.Url.Replace("{token}", token, StringComparison.Ordinal) }).ToList();
        var disagreements = new List<string>();
        var called = new HashSet<string>();

        foreach (var (operationId, status, _, url, _) in calls)
        {
            var (method, arguments) = Bind(operationId, url);
            if (arguments is null)
            {
                continue; // The example sends what the document does not declare: no generated client can.
            }

            try
            {
                var task = (Task)method.Invoke((object)client, arguments)!;
                await task;
                var result = task.GetType().GetProperty("Result")!.GetValue(task);
                called.Add(operationId);
                if (status != 200 || result is null)
                {
                    disagreements.Add($"{operationId} {url}: expected {status}, the client read a 200 ({result?.GetType().Name ?? "null"})");
                }
            }
            catch (ArgumentNullException)
            {
                continue; // The client refuses to send a request without a required parameter, as it should.
            }
            catch (Exception thrown) when (thrown.GetType().Name.StartsWith("ApiException", StringComparison.Ordinal))
            {
                var statusCode = (int)thrown.GetType().GetProperty("StatusCode")!.GetValue(thrown)!;
                called.Add(operationId);
                var problem = thrown.GetType().GetProperty("Result")?.GetValue(thrown);
                if (statusCode != status || problem is null)
                {
                    disagreements.Add($"{operationId} {url}: expected {status}, the client threw {thrown.GetType().Name} {statusCode}: {thrown.Message}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.Equal(21, called.Count);
    }

    [Fact]
    public async Task A_session_and_an_answer_go_through_the_client_from_creation_to_deletion()
    {
        dynamic client = Activator.CreateInstance(_generated.ClientType, factory.CreateClient())!;
        var session = await client.CreateTriviaSessionAsync();
        var drawn = await client.DrawRandomTriviaAsync(count: 2, session: session.Token, film: "la-la-land");
        var reset = await client.ResetTriviaSessionAsync(session.Token);
        await client.DeleteTriviaSessionAsync(session.Token);
        var quiz = await client.MakeQuizAsync(count: 1, hideAnswers: true, film: "la-la-land");
        dynamic answer = Activator.CreateInstance(_generated.Assembly.GetType($"{GeneratedClient.Namespace}.AnswerRequest", throwOnError: true)!)!;
        answer.Question = quiz.Questions[0].Id;
        answer.Answer = 0;
        var result = await client.CheckQuizAnswerAsync(answer);

        Assert.Equal((2, 0), ((int)drawn.Items.Count, (int)reset.Seen));
        Assert.StartsWith("/api/v1/trivia/", (string)result.FactUrl, StringComparison.Ordinal);
        var gone = await Assert.ThrowsAnyAsync<Exception>(() => (Task)client.GetTriviaSessionAsync(session.Token));
        Assert.Equal(404, (int)((dynamic)gone).StatusCode);
    }

    /// <summary>
    /// The generated method for an operation and the arguments that send a URL's path and query values through it,
    /// or null arguments when the URL has a parameter the method does not take or a value its type cannot hold.
    /// </summary>
    private (MethodInfo Method, object?[]? Arguments) Bind(string operationId, string url)
    {
        var name = char.ToUpperInvariant(operationId[0]) + operationId[1..] + "Async";
        var method = _generated.ClientType.GetMethods()
            .Single(m => m.Name == name);
        var (path, query) = (url.Split('?')[0], QueryHelpers.ParseQuery(url.Contains('?') ? url[url.IndexOf('?')..] : ""));
        var template = _paths.Single(p => p.Value!.AsObject().Any(op => (string?)op.Value!["operationId"] == operationId)).Key;
        var values = query.ToDictionary(q => q.Key, q => q.Value.Select(v => v ?? "").ToArray());
        var match = Regex.Match(path, "^" + Regex.Replace(template, @"\{(\w+)\}", "(?<$1>[^/]+)") + "$");
        foreach (var group in match.Groups.Values.Skip(1))
        {
            values[group.Name] = [Uri.UnescapeDataString(group.Value)];
        }

        var parameters = method.GetParameters();
        if (values.Keys.Any(key => parameters.All(p => p.Name != key || p.ParameterType == typeof(CancellationToken))))
        {
            return (method, null);
        }

        try
        {
            return (method, [.. parameters.Select(p => values.TryGetValue(p.Name!, out var given) ? Convert(given, p.ParameterType) : null)]);
        }
        catch (Exception notTyped) when (notTyped is FormatException or InvalidOperationException)
        {
            return (method, null); // A value outside the parameter's declared type or enum: the client's types cannot hold it.
        }
    }

    private static object? Convert(string[] values, Type type)
    {
        if (type != typeof(string) && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var item = type.GetGenericArguments()[0];
            var list = Array.CreateInstance(item, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                list.SetValue(Convert([values[i]], item), i);
            }

            return list;
        }

        var value = values.Single();
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsEnum)
        {
            return Enum.Parse(target, target.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Single(f => (f.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? f.Name) == value).Name);
        }

        return target == typeof(DateTimeOffset)
            ? DateTimeOffset.Parse(value, CultureInfo.InvariantCulture)
            : System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
