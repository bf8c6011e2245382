using Microsoft.OpenApi;

namespace TriviaApi.Api.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/swagger/v1/swagger.json</c> and Swagger UI at <c>/swagger</c>. Everything the document
/// says beyond what Swashbuckle reads from the controllers and XML comments comes from the filters in this folder.
/// </summary>
public static class OpenApiSetup
{
    /// <summary>The XML comments the build writes beside the assembly, which the document's descriptions come from.</summary>
    internal static readonly string XmlCommentsPath = Path.Combine(AppContext.BaseDirectory, "TriviaApi.xml");

    public static IServiceCollection AddTriviaOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "TriviaApi",
                Version = "v1",
                Description = "Film trivia in Brazilian Portuguese: films, facts, people and topics, linked. " +
                    "Public: no key or login. Every GET also answers HEAD. Errors are RFC 9457 problem details.",
            });
            options.IncludeXmlComments(XmlCommentsPath, includeControllerXmlComments: true);
            options.DescribeAllParametersInCamelCase();
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.UseAllOfToExtendReferenceSchemas();
            options.CustomOperationIds(OperationIds.For);
            // A value parsed from one query parameter (a search, a cursor) is, to a client, the text it is written as; a day is a date.
            foreach (var type in typeof(OpenApiSetup).Assembly.GetTypes().Where(QueryValueBinderProvider.IsQueryValue))
            {
                var format = type == typeof(CalendarDay) ? "date" : null;
                options.MapType(type, () => new OpenApiSchema { Type = JsonSchemaType.String, Format = format });
            }

            options.ParameterFilter<ValidationRulesFilter>();
            options.SchemaFilter<ValidationRulesFilter>();
            options.OperationFilter<FilledByRouteFilter>();
            options.OperationFilter<ResponseDetailsFilter>();
            options.DocumentFilter<DocumentDetailsFilter>();
        });
        return services;
    }

    public static WebApplication UseTriviaOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.DocumentTitle = "TriviaApi";
            options.EnableDeepLinking();
            options.DisplayOperationId();
        });
        return app;
    }
}
