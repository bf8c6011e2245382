using System.Security.Cryptography;
using Microsoft.Extensions.ObjectPool;
using Microsoft.Net.Http.Headers;

namespace TriviaApi.Api;

/// <summary>
/// Gives every successful GET under <c>/api</c> a strong ETag (a hash of the body) and a short Cache-Control, and
/// answers a matching <c>If-None-Match</c> with 304 and no body, so clients revalidate for the price of a hash.
/// </summary>
internal sealed class ETagMiddleware(RequestDelegate next)
{
    // The bodies are buffered in streams kept from one request to the next: a new stream for each response grew
    // by doubling to the body's size, a body's size or more of garbage for every response.
    private static readonly ObjectPool<MemoryStream> Buffers = new DefaultObjectPoolProvider().Create(new BufferPolicy());

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var buffer = Buffers.Get();
        try
        {
            await WriteThroughAsync(context, buffer);
        }
        finally
        {
            Buffers.Return(buffer);
        }
    }

    private async Task WriteThroughAsync(HttpContext context, MemoryStream buffer)
    {
        var original = context.Response.Body;
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        // An endpoint that set its own caching (random draws are never stored, a daily fact lasts the day) keeps it.
        var cacheControl = context.Response.Headers.CacheControl.ToString();
        if (context.Response.StatusCode == StatusCodes.Status200OK && !cacheControl.Contains("no-store", StringComparison.Ordinal))
        {
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"";
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = cacheControl.Length > 0 ? cacheControl : ResponseCaching.Default;
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = 0;
                return;
            }
        }

        // The whole body is at hand, so its length is known: one write instead of a chunked body, kept in the output
        // cache. An empty body (a bare 404) stays unsized, for the status code pages to fill.
        if (!context.Response.HasStarted && buffer.Length > 0)
        {
            context.Response.ContentLength = buffer.Length;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>Keeps a buffer for the next response, emptied; not one grown past the largest page of a list, which few responses need.</summary>
    private sealed class BufferPolicy : PooledObjectPolicy<MemoryStream>
    {
        private const int MaxKeptBytes = 256 * 1024;

        public override MemoryStream Create() => new();

        public override bool Return(MemoryStream obj)
        {
            if (obj.Capacity > MaxKeptBytes)
            {
                return false;
            }

            obj.SetLength(0);
            return true;
        }
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));
}
