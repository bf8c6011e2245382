using Microsoft.Net.Http.Headers;

namespace TriviaApi.Api;

/// <summary>
/// The one way an endpoint says how long its response may be kept. What it says holds for clients and, through
/// <see cref="ServerCachePolicy"/>, for the server's own cache; an endpoint that says nothing gets
/// <see cref="Default"/> from <see cref="ETagMiddleware"/>.
/// </summary>
public static class ResponseCaching
{
    public const string Default = "public, max-age=60";

    private static readonly string NoStore = new CacheControlHeaderValue { NoStore = true }.ToString();

    /// <summary>Never kept anywhere: every request gets a fresh answer (random draws, quizzes, sessions).</summary>
    public static void NeverStore(this HttpResponse response) => response.Headers.CacheControl = NoStore;

    /// <summary>Kept by anyone for <paramref name="lifetime"/>, rounded up to whole seconds.</summary>
    public static void CacheFor(this HttpResponse response, TimeSpan lifetime) =>
        response.Headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(Math.Ceiling(lifetime.TotalSeconds)) }.ToString();
}
