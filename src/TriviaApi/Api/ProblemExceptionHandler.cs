using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using TriviaApi.Search.Index;

namespace TriviaApi.Api;

/// <summary>
/// Writes <see cref="MissingResourceException"/> (404 or 400) and a search asked before its index is built (503) as
/// RFC 9457 problem details; anything else falls through to a plain 500 problem.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is SearchIndexNotReadyException)
        {
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = "5";
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = "Search is not ready yet.", Detail = "The search index is being built; try again shortly." },
                Exception = exception,
            });
        }

        if (exception is BadHttpRequestException badRequest)
        {
            // Kestrel's own refusals (a body over the limit, a malformed request) keep their status, as problem details.
            httpContext.Response.StatusCode = badRequest.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new ProblemDetails { Status = badRequest.StatusCode, Title = "The request cannot be read.", Detail = badRequest.Message },
                Exception = exception,
            });
        }

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
