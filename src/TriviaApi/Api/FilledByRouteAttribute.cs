using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace TriviaApi.Api;

/// <summary>
/// On a nested route (<c>/films/{idOrSlug}/trivia</c>), names the query filter its path sets (<c>film</c>): the path's
/// film or person, resolved to its id (a 404 when there is none), fills it (Facts/RouteFilters), and the query string
/// may not: it is refused as an unknown parameter and left out of the OpenAPI document, rather than silently overridden.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FilledByRouteAttribute(params string[] parameters) : Attribute
{
    // Read once per action: every request to an action asks, and reading attributes is reflection.
    private static readonly ConditionalWeakTable<ActionDescriptor, IReadOnlySet<string>> Filled = [];

    public IReadOnlyList<string> Parameters { get; } = parameters;

    public static IReadOnlySet<string> On(ActionDescriptor action) => Filled.GetValue(action, Read);

    private static IReadOnlySet<string> Read(ActionDescriptor action) =>
        action is ControllerActionDescriptor controller
            ? controller.MethodInfo.GetCustomAttributes(typeof(FilledByRouteAttribute), inherit: true).Cast<FilledByRouteAttribute>()
                .SelectMany(a => a.Parameters).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>();
}
