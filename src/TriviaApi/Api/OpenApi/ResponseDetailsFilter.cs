using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TriviaApi.Api.OpenApi;

/// <summary>
/// Completes each operation's responses with what the middleware adds and the controllers cannot declare: errors are
/// always problem details, the caching and paging headers, the statuses of request bodies and of a search index not
/// yet built, a description, and the examples recorded from the seed (<see cref="ResponseExamples"/>).
/// </summary>
internal sealed class ResponseDetailsFilter : IOperationFilter
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>Operations whose responses are never stored, so they carry no ETag (they say <c>no-store</c>).</summary>
    private static readonly HashSet<string> NeverStored = ["drawRandomTrivia", "makeQuiz", "getTriviaSession", "drawTriviaCard"];

    /// <summary>
    /// Operations that write the session store, so a read-only database (503, not transient: no <c>Retry-After</c>) or
    /// one another process holds locked (503 with <c>Retry-After</c>) stops them.
    /// </summary>
    private static readonly HashSet<string> WritesSessions = ["createTriviaSession", "getTriviaSession", "resetTriviaSession", "deleteTriviaSession", "drawRandomTrivia"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var api = context.ApiDescription;
        var isGet = string.Equals(api.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
        var id = operation.OperationId ?? "";
        // Only an answer with an ETag can be revalidated: the API's stored reads, not the embeds or what is never stored.
        var tagged = isGet && api.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true && !NeverStored.Contains(id);
        operation.Description ??= operation.Summary;
        operation.Responses ??= [];
        if (!tagged)
        {
            operation.Responses.Remove("304");
        }

        if (operation.Parameters?.Any(p => p.Name == "q") == true)
        {
            operation.Responses["503"] = Problem(context, "The search index is being built; `Retry-After` says when to try again.", "ProblemDetails");
        }

        if (WritesSessions.Contains(id))
        {
            operation.Responses["503"] = Problem(context,
                (operation.Responses.ContainsKey("503") ? "The search index is being built, or the" : "The") +
                " session store cannot be written: a read-only database (no `Retry-After`: it will not pass) or one another process holds locked (`Retry-After` says when to try again).",
                "ProblemDetails");
        }

        operation.Responses["500"] = Problem(context, "Something unexpected failed; the problem's `traceId` identifies it in the logs.", "ProblemDetails");

        if (operation.RequestBody is not null)
        {
            operation.Responses["413"] = Problem(context, $"The body is over {RequestLimits.MaxBodyBytes} bytes.", "ProblemDetails");
            operation.Responses["415"] = Problem(context, "The body is not JSON in UTF-8.", "ProblemDetails");
        }

        foreach (var (status, response) in operation.Responses.ToList())
        {
            if (response is not OpenApiResponse writable)
            {
                continue;
            }

            if (status[0] is '4' or '5')
            {
                writable.Content = ProblemContent(context, writable, status);
            }

            // A page, not a JSON string: as bytes (format: binary) generated clients hand it back whole instead of
            // trying to parse it as JSON.
            if (writable.Content?.TryGetValue("text/html", out var page) == true)
            {
                page.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
            }

            writable.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (status == "200" && isGet)
            {
                writable.Headers["Cache-Control"] = Header("How long the response may be kept: `public, max-age=N`, or `no-store`.", required: true);
                if (tagged)
                {
                    writable.Headers["ETag"] = Header("A strong validator of the body; send it back in `If-None-Match` to get 304 while it is unchanged.", required: true);
                }

                if (writable.Content?.Values.Any(c => c.Schema is OpenApiSchemaReference r && r.Reference.Id?.EndsWith("PagedList", StringComparison.Ordinal) == true) == true)
                {
                    writable.Headers["Link"] = Header("RFC 8288 links to the `first`, `prev`, `next` and `last` pages.", required: true);
                }
            }

            if (status == "201")
            {
                writable.Headers["Location"] = Header("The URL of what was created.", required: true);
            }

            if (status == "429")
            {
                writable.Headers["Retry-After"] = Header("Seconds to wait before creating another session.", required: true, JsonSchemaType.Integer);
            }

            if (status == "503")
            {
                writable.Headers["Retry-After"] = WritesSessions.Contains(id)
                    ? Header("Seconds to wait before trying again; absent when the database is read-only.", required: false, JsonSchemaType.Integer)
                    : Header("Seconds to wait before trying again.", required: true, JsonSchemaType.Integer);
            }

            if (writable.Headers.Count == 0)
            {
                writable.Headers = null;
            }

            ResponseExamples.Apply(id, status, writable, status == "503" && WritesSessions.Contains(id) ? "session.503" : null);
        }

        ResponseExamples.ApplyToRequest(id, operation.RequestBody);
    }

    private static OpenApiResponse Problem(OperationFilterContext context, string description, string schema) =>
        new() { Description = description, Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = SchemaFor(context, schema) } } };

    private static Dictionary<string, OpenApiMediaType> ProblemContent(OperationFilterContext context, OpenApiResponse response, string status)
    {
        var schema = response.Content?.Values.Select(c => c.Schema).FirstOrDefault(s => s is OpenApiSchemaReference r && r.Reference.Id?.Contains("Problem", StringComparison.Ordinal) == true)
            ?? SchemaFor(context, status == "400" ? "ValidationProblemDetails" : "ProblemDetails");
        return new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } };
    }

    private static IOpenApiSchema SchemaFor(OperationFilterContext context, string name)
    {
        var type = name == "ValidationProblemDetails" ? typeof(Microsoft.AspNetCore.Mvc.ValidationProblemDetails) : typeof(Microsoft.AspNetCore.Mvc.ProblemDetails);
        return context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository);
    }

    private static OpenApiHeader Header(string description, bool required, JsonSchemaType type = JsonSchemaType.String) =>
        new() { Description = description, Required = required, Schema = new OpenApiSchema { Type = type } };
}
