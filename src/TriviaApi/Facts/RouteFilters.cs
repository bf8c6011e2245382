using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TriviaApi.Api;

namespace TriviaApi.Facts;

/// <summary>
/// Sets the filters a nested route's path fills (<see cref="FilledByRouteAttribute"/>): <c>/people/{idOrSlug}/films</c>
/// is the film list with <c>person</c> set to that person's id, or a 404 when there is no such person. So a nested
/// list is its list's action under another route, and the attribute that says which filter the path fills is what
/// fills it.
/// </summary>
internal sealed class RouteFilters(ReferenceResolver references) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var filled = FilledByRouteAttribute.On(context.ActionDescriptor);
        if (filled.Count > 0)
        {
            var parameters = context.ActionDescriptor.Parameters;
            var idOrSlug = (IdOrSlug)context.ActionArguments[parameters.Single(p => p.BindingInfo?.BindingSource == BindingSource.Path).Name]!;
            var queries = parameters.Where(p => p.BindingInfo?.BindingSource == BindingSource.Query).Select(p => context.ActionArguments[p.Name]!).ToList();
            foreach (var filter in filled)
            {
                var id = filter switch
                {
                    "film" => references.FilmId(idOrSlug),
                    "person" => references.PersonId(idOrSlug),
                    _ => throw new InvalidOperationException($"A path cannot fill the filter '{filter}'."),
                };
                // A list binds its page beside its filters: the filter is a property of one of the bound objects.
                var (query, property) = queries
                    .Select(q => (q, q.GetType().GetProperty(filter, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)))
                    .First(bound => bound.Item2 is not null);
                property!.SetValue(query, IdOrSlug.Of(id));
            }
        }

        await next();
    }
}
