using Microsoft.AspNetCore.Mvc.Controllers;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TriviaApi.Api.OpenApi;

/// <summary>Leaves out of the document the filters a nested route fills from its path (<see cref="FilledByRouteAttribute"/>): the API refuses them.</summary>
internal sealed class FilledByRouteFilter : IOperationFilter
{
    public void Apply(Microsoft.OpenApi.OpenApiOperation operation, OperationFilterContext context)
    {
        var filled = FilledByRouteAttribute.On(context.ApiDescription.ActionDescriptor);
        if (filled.Count > 0 && operation.Parameters is { } parameters)
        {
            foreach (var parameter in parameters.Where(p => p.Name is { } name && filled.Contains(name)).ToList())
            {
                parameters.Remove(parameter);
            }
        }
    }
}
