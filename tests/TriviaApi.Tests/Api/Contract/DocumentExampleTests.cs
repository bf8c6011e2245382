using System.Text.Json.Nodes;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// Every example the served document shows (of a parameter, a request body, a response, a schema's property) is valid
/// against the schema it illustrates, so Swagger UI never shows an answer a generated client would refuse.
/// </summary>
[Collection(SeededApi.Name)]
public class DocumentExampleTests(TriviaApiFactory factory)
{
    [Fact]
    public async Task Every_example_in_the_document_is_valid_against_its_schema()
    {
        var document = await factory.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        var contract = new OpenApiContract(document);
        var examples = Examples(JsonNode.Parse(document), "#").ToList();

        var invalid = examples.SelectMany(e => contract.Violations(e.Schema, e.Example).Take(3).Select(v => $"{e.Where}: {v}")).ToList();

        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
        Assert.Empty(WithoutExample(JsonNode.Parse(document)!));
        Assert.Contains(examples, e => e.Where.EndsWith("/responses/500/content/application~1problem+json", StringComparison.Ordinal));
        Assert.Contains(examples, e => e.Where.EndsWith("/requestBody/content/application~1json", StringComparison.Ordinal));
    }

    /// <summary>
    /// Each example with the schema it illustrates: a parameter's, a header's and a media type's sit beside their
    /// <c>schema</c>; a schema's own <c>example</c> illustrates that schema.
    /// </summary>
    private static IEnumerable<(string Where, JsonNode Schema, JsonNode? Example)> Examples(JsonNode? node, string where)
    {
        if (node is JsonArray items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                foreach (var found in Examples(items[i], $"{where}/{i}"))
                {
                    yield return found;
                }
            }
        }

        if (node is not JsonObject item)
        {
            yield break;
        }

        if (item.TryGetPropertyValue("example", out var example))
        {
            yield return (where, item["schema"] ?? item, example);
        }

        foreach (var (name, named) in item["examples"] as JsonObject ?? [])
        {
            yield return ($"{where}/examples/{name}", item["schema"]!, named?["value"]);
        }

        foreach (var (key, child) in item.Where(p => p.Key is not ("example" or "examples")))
        {
            foreach (var found in Examples(child, $"{where}/{key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}"))
            {
                yield return found;
            }
        }
    }

    /// <summary>Every response and request body whose content the document declares without an example.</summary>
    private static IEnumerable<string> WithoutExample(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        from declared in operation.Value!["responses"]!.AsObject().Select(r => (Where: r.Key, Value: r.Value))
            .Append((Where: "requestBody", Value: operation.Value["requestBody"]))
        from media in declared.Value?["content"]?.AsObject() ?? []
        where media.Value?["example"] is null && media.Value?["examples"] is null
        select $"{operation.Value["operationId"]} {declared.Where} {media.Key}";
}
