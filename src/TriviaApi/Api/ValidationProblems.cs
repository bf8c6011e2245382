using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TriviaApi.Api;

/// <summary>
/// The one shape of a 400: RFC 9457 validation problem details (with type and trace id, like every problem here),
/// errors keyed by the query parameter's name as clients write it ("pageSize"; "tag" for every value of a repeated
/// parameter, not the validator's "Tag[1]").
/// </summary>
internal static partial class ValidationProblems
{
    public const string Title = "One or more parameters are invalid.";

    public static IActionResult FromModelState(ActionContext context)
    {
        var errors = new ModelStateDictionary();
        foreach (var (key, entry) in context.ModelState.Where(e => e.Value is { Errors.Count: > 0 }))
        {
            foreach (var error in entry!.Errors)
            {
                errors.AddModelError(ApiSetup.CamelCase(ValueIndex().Replace(key, "")), error.ErrorMessage);
            }
        }

        return Result(context.HttpContext, errors);
    }

    public static IActionResult Result(HttpContext context, IEnumerable<KeyValuePair<string, string>> errors)
    {
        var modelState = new ModelStateDictionary();
        foreach (var (key, message) in errors)
        {
            modelState.AddModelError(key, message);
        }

        return Result(context, modelState);
    }

    private static BadRequestObjectResult Result(HttpContext context, ModelStateDictionary errors)
    {
        var problem = context.RequestServices.GetRequiredService<ProblemDetailsFactory>()
            .CreateValidationProblemDetails(context, errors, StatusCodes.Status400BadRequest, Title);
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[[0-9]+\]$")]
    private static partial System.Text.RegularExpressions.Regex ValueIndex();
}
