using TriviaApi.Data;
using TriviaApi.Search.Index;
using TriviaApi.Search.Querying;

namespace TriviaApi.Search;

public static class SearchSetup
{
    /// <summary>The index folder beside the database (or at <c>Search:IndexPath</c>), its one writer and the front door.</summary>
    public static IServiceCollection AddTriviaSearch(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = DatabaseSetup.ConnectionString(configuration, environment);
        services.AddSingleton(new SearchIndexStore(SearchIndexStore.PathFor(connectionString, configuration["Search:IndexPath"])));
        services.AddLogging().AddSingleton<SearchIndexWriter>();
        services.AddSingleton<TriviaSearch>();
        return services;
    }

    /// <summary>
    /// The start-up check of the index against the database (a step: after the seeds' import), and its keeper, which
    /// rebuilds it once the server listens and whenever it falls behind.
    /// </summary>
    public static IServiceCollection AddSearchIndexKeeping(this IServiceCollection services) =>
        services.AddStartupStep<SearchIndexRepair>().AddHostedService<SearchIndexKeeper>();
}
