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
        var context = new OutputCacheContext { HttpContext = new DefaultHttpContext { Request = { Method = "GET", Path = path } } };

        await ((IOutputCachePolicy)new ServerCachePolicy()).CacheRequestAsync(context, default);

        Assert.True(context.EnableOutputCaching);
        Assert.False(context.AllowLocking);
    }
}
