using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace TriviaApi.Api;

/// <summary>
/// What every request and response gets, whatever route answers: <c>X-Content-Type-Options: nosniff</c>; HEAD answered as
/// GET without the body; problem details as JSON whatever <c>Accept</c> says; request bodies over
/// <see cref="RequestLimits.MaxBodyBytes"/> refused with 413 and bodies that are read (POST, PUT, PATCH) in another
/// charset than UTF-8 with 415, before anything reads them.
/// </summary>
internal sealed class HttpHygieneMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Task.CompletedTask;
        });

        // Every route has one representation, so there is nothing to negotiate; the framework's problem writer would
        // otherwise write no body at all for an Accept without JSON in it.
        context.Request.Headers.Remove(HeaderNames.Accept);

        if (await RefusedBodyAsync(context))
        {
            return;
        }

        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        // HEAD is GET without the body: routed, cached and validated as GET; the body is counted, never sent.
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }

    private async Task<bool> RefusedBodyAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            return await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The body is too large.", $"A request body may hold at most {RequestLimits.MaxBodyBytes} bytes.");
        }

        // Only the methods whose bodies are read: a GET's body is ignored, so its charset is no fault of the request.
        var bodyIsRead = HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method);
        if (bodyIsRead && request.ContentType is { } type && MediaTypeHeaderValue.TryParse(type, out var media) && media.Charset.HasValue
            && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "The body's charset is not supported.", $"Send JSON in UTF-8 (charset={media.Charset} is not read).");
        }

        return false;
    }

    private async Task<bool> RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
        return true;
    }
}
