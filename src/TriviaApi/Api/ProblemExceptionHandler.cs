using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using TriviaApi.Data;
using TriviaApi.Search.Index;

namespace TriviaApi.Api;

/// <summary>
/// Writes <see cref="MissingResourceException"/> (404 or 400), a search asked before its index is built, a write to a
/// read-only database and a database another process holds locked (503) as RFC 9457 problem details; anything else
/// falls through to a plain 500 problem.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is SearchIndexNotReadyException)
        {
            return await UnavailableAsync(httpContext, exception, retryAfter: "5", "Search is not ready yet.", "The search index is being built; try again shortly.");
        }

        if (exception is DatabaseReadOnlyException || exception.GetBaseException() is SqliteException { SqliteErrorCode: 8 })
        {
            return await UnavailableAsync(httpContext, exception, retryAfter: null, "The database is read-only.",
                "This server serves a read-only database: it answers every read, and cannot write (trivia sessions).");
        }

        if (exception.GetBaseException() is SqliteException { SqliteErrorCode: 5 or 6 })
        {
            return await UnavailableAsync(httpContext, exception, retryAfter: "5", "The database is busy.",
                "Another process holds the database's write lock for longer than the busy timeout; try again shortly.");
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

    private async ValueTask<bool> UnavailableAsync(HttpContext httpContext, Exception exception, string? retryAfter, string title, string detail)
    {
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        if (retryAfter is not null)
        {
            httpContext.Response.Headers.RetryAfter = retryAfter;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail },
            Exception = exception,
        });
    }
}
