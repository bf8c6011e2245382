using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;

namespace TriviaApi.Api;

/// <summary>
/// Before binding, refuses query parameters an endpoint does not take (<c>?pagesize=</c> works, <c>?limit=</c> does not), so a typo
/// gets a 400 naming the allowed ones instead of a silently unfiltered list.
/// </summary>
internal sealed class UnknownQueryParameterFilter : IResourceFilter
{
    // Worked out once per action: the parameters an action takes never change, and reading them is reflection.
    private readonly ConditionalWeakTable<ActionDescriptor, HashSet<string>> _allowed = [];

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var allowed = _allowed.GetValue(context.ActionDescriptor, Allowed);
        var unknown = context.HttpContext.Request.Query.Keys.Where(k => !allowed.Contains(k)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var expected = allowed.Count == 0 ? "this endpoint takes no query parameters." : $"allowed: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.";
        context.Result = ValidationProblems.Result(context.HttpContext, unknown.Select(k => KeyValuePair.Create(k, $"Unknown query parameter; {expected}")));
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }

    /// <summary>The query parameters <paramref name="action"/> binds, less those its path fills.</summary>
    private static HashSet<string> Allowed(ActionDescriptor action)
    {
        var filledByRoute = FilledByRouteAttribute.On(action);
        return action.Parameters
            .Where(p => p.BindingInfo?.BindingSource == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query)
            .SelectMany(p => p.ParameterType.IsClass && p.ParameterType != typeof(string)
                ? p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite).Select(Name)
                : [p.BindingInfo?.BinderModelName ?? p.Name])
            .Where(name => !filledByRoute.Contains(name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static string Name(PropertyInfo property)
    {
        var name = property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? property.Name;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
