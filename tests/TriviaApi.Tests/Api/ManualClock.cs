using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TriviaApi.Tests.Api;

/// <summary>A clock a test sets and moves, for behaviour that depends on the time of day or on time passing.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>The seeded API, reading the time from this clock.</summary>
    public HttpClient Client(TriviaApiFactory factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(this))).CreateClient();
}
