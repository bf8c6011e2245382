using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using TriviaApi.Api;

namespace TriviaApi.Tests.Api;

public class ServerCachePolicyTests
{
    [Theory]
    [InlineData("/api/v1/trivia/random")]
    [InlineData("/api/v1/trivia")]
    public async Task Requests_for_one_url_never_wait_for_each_other(string path)
    {
        var policy = new ServerCachePolicy(new UrlSightings());
        await policy.CacheRequestAsync(Get(path), default);
        var again = Get(path);

        await policy.CacheRequestAsync(again, default);

        Assert.True(again.EnableOutputCaching);
        Assert.False(again.AllowLocking);
    }

    [Fact]
    public async Task A_url_asked_for_the_first_time_bypasses_the_cache()
    {
        var policy = new ServerCachePolicy(new UrlSightings());
        var first = Get("/api/v1/trivia", "?q=piano");

        await policy.CacheRequestAsync(first, default);

        Assert.False(first.EnableOutputCaching);
    }

    [Fact]
    public async Task A_url_whose_answer_is_never_stored_is_not_offered_to_the_cache_again()
    {
        var policy = new ServerCachePolicy(new UrlSightings());
        await policy.CacheRequestAsync(Get("/api/v1/trivia/random"), default);
        var second = Get("/api/v1/trivia/random");
        await policy.CacheRequestAsync(second, default);
        second.HttpContext.Response.Headers.CacheControl = "no-store";
        await policy.ServeResponseAsync(second, default);
        var third = Get("/api/v1/trivia/random");

        await policy.CacheRequestAsync(third, default);

        Assert.False(second.AllowCacheStorage);
        Assert.False(third.EnableOutputCaching);
    }

    private static OutputCacheContext Get(string path, string query = "") =>
        new() { HttpContext = new DefaultHttpContext { Request = { Method = "GET", Path = path, QueryString = new QueryString(query) } } };
}
