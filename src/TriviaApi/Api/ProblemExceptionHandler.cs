using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace TriviaApi.Api;

/// <summary>Writes <see cref="MissingResourceException"/> as RFC 9457 problem details; anything else falls through to a plain 500 problem.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not MissingResourceException missing)
        {
            return false;
        }

        ProblemDetails problem = missing.Parameter is null
            ? new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = $"The {missing.Kind} was not found.", Detail = missing.Message }
            : new ValidationProblemDetails(new Dictionary<string, string[]> { [missing.Parameter] = [missing.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = ValidationProblems.Title,
            };
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
