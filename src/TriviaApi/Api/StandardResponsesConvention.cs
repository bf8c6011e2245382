using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace TriviaApi.Api;

/// <summary>
/// Declares, for Swagger, the responses every endpoint shares, so a controller declares only what is its own: the 200
/// of an action that returns its data (<c>Task&lt;FilmDetail&gt;</c> answers a <c>FilmDetail</c> as JSON), 304 (ETag
/// revalidation, on reads), 400 (validation problem, described once here), and 404 (problem) where the route names a resource. An action
/// that returns a result (<c>ContentResult</c>, <c>CreatedAtActionResult</c>) declares its success itself.
/// </summary>
internal sealed class StandardResponsesConvention : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        foreach (var action in application.Controllers.SelectMany(c => c.Actions))
        {
            if (Answered(action.ActionMethod.ReturnType) is { } data)
            {
                action.Filters.Add(new ProducesResponseTypeAttribute(data, StatusCodes.Status200OK, "application/json"));
            }

            if (action.Attributes.OfType<HttpGetAttribute>().Any())
            {
                action.Filters.Add(new ProducesResponseTypeAttribute(StatusCodes.Status304NotModified) { Description = "Unchanged since the ETag given in `If-None-Match`." });
            }

            // An action's XML comment says more where its 400 has more to say (a search without words, a stale question).
            action.Filters.Add(new ProducesResponseTypeAttribute(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")
            {
                Description = "A parameter is invalid; `errors` names it and says what is allowed.",
            });
            if (action.Selectors.Any(s => s.AttributeRouteModel?.Template?.Contains('{', StringComparison.Ordinal) == true))
            {
                action.Filters.Add(new ProducesResponseTypeAttribute(typeof(ProblemDetails), StatusCodes.Status404NotFound, "application/problem+json"));
            }
        }
    }

    /// <summary>The data an action's return type says it answers; null for a result that says its own status.</summary>
    private static Type? Answered(Type returned)
    {
        var data = returned.IsGenericType && returned.GetGenericTypeDefinition() == typeof(Task<>) ? returned.GetGenericArguments()[0] : returned;
        return data == typeof(void) || data == typeof(Task) || typeof(IActionResult).IsAssignableFrom(data) ? null : data;
    }
}
