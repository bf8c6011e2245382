using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Data;

namespace TriviaApi.Tests.Api;

[Collection(SeededApi.Name)]
public class HealthTests(TriviaApiFactory factory)
{
    [Fact]
    public async Task A_fresh_start_creates_the_database_imports_the_seeds_and_reports_healthy()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(24, await scope.ServiceProvider.GetRequiredService<TriviaDbContext>().Facts.CountAsync());
    }
}
