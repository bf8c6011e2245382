using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace TriviaApi.Api;

/// <summary>
/// On a nested route (<c>/films/{idOrSlug}/trivia</c>), names the query filters its path already sets (<c>film</c>):
/// they are refused as unknown parameters and left out of the OpenAPI document, rather than silently overridden.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FilledByRouteAttribute(params string[] parameters) : Attribute
{
    public IReadOnlyList<string> Parameters { get; } = parameters;

    public static IReadOnlySet<string> On(ActionDescriptor action) =>
        action is ControllerActionDescriptor controller
            ? controller.MethodInfo.GetCustomAttributes(typeof(FilledByRouteAttribute), inherit: true).Cast<FilledByRouteAttribute>()
                .SelectMany(a => a.Parameters).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>();
}
