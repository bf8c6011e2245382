using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// Holds every response the integration tests receive to the document the app serves: one that breaks the contract
/// is replaced by a 500 saying how, so the test that asked for it fails there, with the reason.
/// </summary>
internal sealed class ContractCheck : IStartupFilter
{
    public const string ViolationTitle = "The response breaks the OpenAPI contract";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var contract = new Lazy<OpenApiContract>(() => new OpenApiContract(Document(app.ApplicationServices)));
        app.Use(async (context, following) =>
        {
            var body = context.Response.Body;
            await using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await following(context);
            }
            finally
            {
                context.Response.Body = body;
            }

            var path = context.Request.Path.Value ?? "";
            var violations = path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/embed/", StringComparison.Ordinal)
                ? contract.Value.Check(context.Request.Method, path, context.Response.StatusCode, context.Response.ContentType,
                    context.Response.Headers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length))
                : [];
            if (violations.Count > 0 && !context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                context.Response.ContentType = "text/plain";
                context.Response.ContentLength = null;
                await context.Response.WriteAsync($"{ViolationTitle}:\n{string.Join("\n", violations)}");
                return;
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(body);
        });
        next(app);
    };

    private static string Document(IServiceProvider services)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        services.GetRequiredService<ISwaggerProvider>().GetSwagger("v1").SerializeAsV3(new OpenApiJsonWriter(writer));
        return writer.ToString();
    }
}
