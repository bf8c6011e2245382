using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TriviaApi.Api.OpenApi;

/// <summary>
/// What the document says about the API as a whole: where it is served (relative to the document, so it is right on
/// every host), that it is public (no security scheme: an explicit empty requirement), and who answers for it.
/// </summary>
internal sealed class DocumentDetailsFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host serving this document." }];
        // One empty requirement: anonymous access, stated rather than left unsaid.
        document.Security = [new OpenApiSecurityRequirement()];
        document.Info.Contact = new OpenApiContact { Name = "TriviaApi maintainers" };

        // A nullable reference is "this schema or null". OpenAPI 3.0 has no null type, and allOf [ref] + nullable makes
        // validators refuse the null (the ref is an object), so the null is a branch of its own: a nullable enum of null.
        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        {
            foreach (var (name, property) in schema.Properties?.ToList() ?? [])
            {
                if (property is OpenApiSchema { AllOf: [var referenced] } nullable && nullable.Type == JsonSchemaType.Null)
                {
                    schema.Properties![name] = new OpenApiSchema
                    {
                        Description = nullable.Description,
                        OneOf = [referenced, new OpenApiSchema { Type = JsonSchemaType.Object | JsonSchemaType.Null, Enum = [null!] }],
                    };
                }
            }
        }
    }
}
