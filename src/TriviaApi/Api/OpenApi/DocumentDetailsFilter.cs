using System.Xml.XPath;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TriviaApi.Api.OpenApi;

/// <summary>
/// What the document says about the API as a whole: where it is served (relative to the document, so it is right on
/// every host), that it is public (no security scheme: an explicit empty requirement), who answers for it, and what
/// each group of operations is.
/// </summary>
internal sealed class DocumentDetailsFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host serving this document." }];
        // One empty requirement: anonymous access, stated rather than left unsaid.
        document.Security = [new OpenApiSecurityRequirement()];
        document.Info.Contact = new OpenApiContact { Name = "TriviaApi maintainers" };
        DescribeGroups(document, context);

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

    /// <summary>
    /// Each group is described by the summary of the controller it is named after. Swashbuckle gives a group the summary
    /// of any controller with an action in it, so a nested list filed under another resource's heading
    /// (<c>/films/{id}/trivia</c>, served by Trivia) would lend that heading its own controller's summary.
    /// </summary>
    private static void DescribeGroups(OpenApiDocument document, DocumentFilterContext context)
    {
        using var reader = System.Xml.XmlReader.Create(OpenApiSetup.XmlCommentsPath);
        var comments = new XPathDocument(reader).CreateNavigator();
        var controllers = context.ApiDescriptions.Select(a => a.ActionDescriptor).OfType<ControllerActionDescriptor>()
            .GroupBy(a => a.ControllerName).ToDictionary(g => g.Key, g => g.First().ControllerTypeInfo);
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && controllers.TryGetValue(name, out var controller)
                && comments.SelectSingleNode($"/doc/members/member[@name='T:{controller.FullName}']/summary") is { } summary)
            {
                tag.Description = XmlCommentsTextHelper.Humanize(summary.InnerXml);
            }
        }
    }
}
