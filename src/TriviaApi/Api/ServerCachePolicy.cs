using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace TriviaApi.Api;

/// <summary>
/// Keeps an API response in server memory exactly as long as its <c>Cache-Control</c> lets clients keep it: public
/// responses for their <c>max-age</c>, never <c>no-store</c> ones (random draws, quizzes, sessions). The data only
/// changes by import, so a repeated read costs a memory copy instead of the same SQL again, and is no staler than
/// what a client's own cache would show.
/// </summary>
internal sealed class ServerCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.StartsWithSegments("/api");
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode == StatusCodes.Status200OK
            && CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var caching)
            && caching is { Public: true, NoStore: false, MaxAge: { } maxAge })
        {
            context.ResponseExpirationTimeSpan = maxAge;
        }
        else
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
