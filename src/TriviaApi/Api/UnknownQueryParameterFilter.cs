using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace TriviaApi.Api;

/// <summary>
/// Before binding, refuses query parameters an endpoint does not take (<c>?pagesize=</c> works, <c>?limit=</c> does not), so a typo
/// gets a 400 naming the allowed ones instead of a silently unfiltered list.
/// </summary>
internal sealed class UnknownQueryParameterFilter : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var filledByRoute = FilledByRouteAttribute.On(context.ActionDescriptor);
        var allowed = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query)
            .SelectMany(p => p.ParameterType.IsClass && p.ParameterType != typeof(string)
                ? p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite).Select(Name)
                : [p.BindingInfo?.BinderModelName ?? p.Name])
            .Where(name => !filledByRoute.Contains(name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
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

    private static string Name(PropertyInfo property)
    {
        var name = property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? property.Name;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
