using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TriviaApi.Api;

namespace TriviaApi.Tests.Api;

public class ServerCacheSizeTests
{
    [Fact]
    public void The_servers_cache_keeps_at_most_32_MB_of_responses_by_default()
    {
        Assert.Equal(32L * 1024 * 1024, SizeLimit([]));
    }

    [Fact]
    public void OutputCache_SizeLimit_in_configuration_sets_the_servers_cache_size()
    {
        Assert.Equal(8L * 1024 * 1024, SizeLimit(new() { ["OutputCache:SizeLimit"] = "8388608" }));
    }

    private static long SizeLimit(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddTriviaApi().BuildServiceProvider();
        return services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit;
    }
}
