using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace TriviaApi.Api;

/// <summary>
/// Declares, for Swagger, the responses every read endpoint shares, so controllers only declare their 200:
/// 304 (ETag revalidation, on reads), 400 (validation problem), and 404 (problem) where the route names a resource.
/// </summary>
internal sealed class StandardResponsesConvention : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        foreach (var action in application.Controllers.SelectMany(c => c.Actions))
        {
            if (action.Attributes.OfType<HttpGetAttribute>().Any())
            {
                action.Filters.Add(new ProducesResponseTypeAttribute(StatusCodes.Status304NotModified) { Description = "Unchanged since the ETag given in `If-None-Match`." });
            }

            action.Filters.Add(new ProducesResponseTypeAttribute(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json"));
            if (action.Selectors.Any(s => s.AttributeRouteModel?.Template?.Contains('{', StringComparison.Ordinal) == true))
            {
                action.Filters.Add(new ProducesResponseTypeAttribute(typeof(ProblemDetails), StatusCodes.Status404NotFound, "application/problem+json"));
            }
        }
    }
}
