using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using TriviaApi.Data;
using TriviaApi.Features;
using TriviaApi.Importing;
using TriviaApi.Search;
using TriviaApi.Search.Index;

namespace TriviaApi.Benchmarks;

/// <summary>The app's database, importer and query services over one SQLite file, without the web host.</summary>
public static class BenchmarkServices
{
    public static ServiceProvider For(string database)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Trivia"] = $"Data Source={database}" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        var environment = new HostingEnvironment { ContentRootPath = Directory.GetCurrentDirectory() };
        services.AddTriviaDatabase(configuration, environment)
            .AddTriviaSearch(configuration, environment)
            .AddTriviaImporting()
            .AddStartupStep<SeedImport>()
            .AddStartupStep<IndexBeforeMeasuring>();
        services.AddTriviaFeatures(configuration);
        return services.BuildServiceProvider();
    }
}
