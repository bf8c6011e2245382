using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace TriviaApi.Api;

/// <summary>
/// Keeps an API response in server memory exactly as long as its <c>Cache-Control</c> lets clients keep it: public
/// responses for their <c>max-age</c>, never <c>no-store</c> ones (random draws, quizzes, sessions). The data only
/// changes by import, so a repeated read costs a memory copy instead of the same SQL again, and is no staler than
/// what a client's own cache would show. Only a URL asked before (<see cref="UrlSightings"/>) goes through the cache at
/// all: its first request is answered as if there were none, its second is stored, and the ones after are served.
/// </summary>
internal sealed class ServerCachePolicy(UrlSightings sightings) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.StartsWithSegments("/api")
            && sightings.SeenBefore(request.Path.Value!, request.QueryString.Value);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // Never coalesced: requests for one URL would each wait for the one before, even when its response is never
        // stored (random draws ran one at a time), and a client that hung up would fail every request waiting on it.
        // A cold entry is built by the few requests that race for it; the next ones read it.
        context.AllowLocking = false;
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var caching = CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var parsed) ? parsed : null;
        if (response.StatusCode == StatusCodes.Status200OK && caching is { Public: true, NoStore: false, MaxAge: { } maxAge })
        {
            context.ResponseExpirationTimeSpan = maxAge;
            return ValueTask.CompletedTask;
        }

        context.AllowCacheStorage = false;
        if (caching is { NoStore: true })
        {
            // A random draw asked again is drawn afresh every time: no use watching for it.
            var request = context.HttpContext.Request;
            sightings.NeverKept(request.Path.Value!, request.QueryString.Value);
        }

        return ValueTask.CompletedTask;
    }
}
