using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Features;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Features;

public sealed class RequestWarmUpTests
{
    [Fact]
    public async Task A_warm_up_runs_rounds_of_reads_on_the_facts_served()
    {
        using var api = new TriviaApiFactory();
        _ = api.Services;
        await using var scope = api.Services.CreateAsyncScope();
        var warmUp = scope.ServiceProvider.GetRequiredService<RequestWarmUp>();

        var rounds = warmUp.Warm(TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.True(rounds > 0);
    }

    [Fact]
    public async Task No_time_allowed_runs_no_round()
    {
        using var api = new TriviaApiFactory();
        _ = api.Services;
        await using var scope = api.Services.CreateAsyncScope();

        Assert.Equal(0, scope.ServiceProvider.GetRequiredService<RequestWarmUp>().Warm(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task A_server_asked_to_warm_up_serves_afterwards()
    {
        using var api = new TriviaApiFactory { Settings = { ["WarmUp:Seconds"] = "1" } };

        var response = await api.CreateClient().GetAsync(new Uri("/api/v1/trivia?q=piano", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
