using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.AspNetCore.Http;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// The served OpenAPI document as a checker of responses: is the status declared for the operation, the content type
/// declared for that status, the body valid against the declared schema (JsonSchema.Net), every required header there?
/// </summary>
internal sealed class OpenApiContract
{
    private readonly List<(Regex Pattern, JsonObject PathItem)> _paths;
    private readonly JsonObject _definitions;

    public OpenApiContract(string document)
    {
        var root = JsonNode.Parse(document)!.AsObject();
        // Literal segments win over parameters (/trivia/sessions is not /trivia/{id}), as in routing.
        _paths = [.. root["paths"]!.AsObject().OrderBy(p => p.Key.Count(c => c == '{'))
            .Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{[^/]+?\}", "[^/]+") + "$"), p.Value!.AsObject()))];
        _definitions = (JsonObject)ToJsonSchema(root["components"]!["schemas"]!.DeepClone())!;
    }

    /// <summary>What in this response the document does not declare; empty when it keeps the contract.</summary>
    public IReadOnlyList<string> Check(string method, string path, int status, string? contentType, IReadOnlySet<string> headers, string body)
    {
        var item = _paths.FirstOrDefault(p => p.Pattern.IsMatch(path)).PathItem;
        if (item is null)
        {
            return [];
        }

        var operationMethod = method.Equals("HEAD", StringComparison.OrdinalIgnoreCase) ? "get" : method.ToLowerInvariant();
        if (item[operationMethod] is not JsonObject operation)
        {
            return status == StatusCodes.Status405MethodNotAllowed ? [] : [$"{method} {path}: no such operation, yet it answered {status}"];
        }

        var where = $"{method} {path} {status}";
        if ((operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] ?? operation["responses"]?["default"]) is not JsonObject response)
        {
            return [$"{where}: status not declared"];
        }

        var problems = new List<string>();
        foreach (var (name, header) in response["headers"]?.AsObject() ?? [])
        {
            if (header?["required"]?.GetValue<bool>() == true && !headers.Contains(name))
            {
                problems.Add($"{where}: declared header {name} missing");
            }
        }

        if (body.Length == 0 || method.Equals("HEAD", StringComparison.OrdinalIgnoreCase))
        {
            return problems;
        }

        var media = contentType?.Split(';')[0].Trim() ?? "";
        if (response["content"]?[media] is not JsonObject declared)
        {
            problems.Add($"{where}: content type '{media}' not declared");
            return problems;
        }

        if (declared["schema"] is { } schema && media.Contains("json", StringComparison.Ordinal) && Violations(schema, JsonNode.Parse(body)) is { Count: > 0 } errors)
        {
            problems.Add($"{where}: body does not match the schema: {string.Join("; ", errors.Take(5))}");
        }

        return problems;
    }

    /// <summary>Where <paramref name="instance"/> breaks <paramref name="schema"/>, a schema of this document (its refs resolved in it); empty when it is valid.</summary>
    public IReadOnlyList<string> Violations(JsonNode schema, JsonNode? instance)
    {
        var full = (JsonObject)ToJsonSchema(schema.DeepClone())!;
        full["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        full["$defs"] = _definitions.DeepClone();
        var result = JsonSchema.FromText(full.ToJsonString()).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : [.. result.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    /// <summary>OpenAPI 3.0 schema → JSON Schema 2020-12: <c>nullable</c> becomes a null type, refs point into <c>$defs</c>.</summary>
    private static JsonNode? ToJsonSchema(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject openApi:
                var schema = new JsonObject();
                foreach (var (key, value) in openApi)
                {
                    if (key is not ("example" or "nullable"))
                    {
                        schema[key] = key == "$ref"
                            ? value!.GetValue<string>().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal)
                            : ToJsonSchema(value);
                    }
                }

                if (openApi["nullable"]?.GetValue<bool>() == true && schema["type"] is JsonValue type)
                {
                    schema["type"] = new JsonArray(type.GetValue<string>(), "null");
                    if (schema["enum"] is JsonArray values && !values.Any(v => v is null))
                    {
                        values.Add(null);
                    }
                }

                return schema;
            case JsonArray array:
                return new JsonArray([.. array.Select(ToJsonSchema)]);
            default:
                return node?.DeepClone();
        }
    }
}
