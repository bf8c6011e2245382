using TriviaApi.Facts;
using TriviaApi.Features.DailyTrivia;
using TriviaApi.Features.Films;
using TriviaApi.Features.People;
using TriviaApi.Features.Quiz;
using TriviaApi.Features.RandomTrivia;
using TriviaApi.Features.Search;
using TriviaApi.Features.Tags;
using TriviaApi.Features.Trivia;

namespace TriviaApi.Features;

public static class FeatureServices
{
    /// <summary>The services behind the controllers, one list for the app and for the benchmarks that call them in-process.</summary>
    public static IServiceCollection AddTriviaFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(json => json.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, ResponseJson.Default));

        services.AddSingleton<ReferenceResolver>();
        services.AddSingleton<ResourceNames>();
        services.AddSingleton<RouteFilters>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(mvc => mvc.Filters.AddService<RouteFilters>());
        services.AddScoped<FilteredFacts>();
        services.AddScoped<FactResponses>();
        services.AddScoped<TriviaQueries>();
        services.AddScoped<FilmQueries>();
        services.AddScoped<PeopleQueries>();
        services.AddScoped<TagQueries>();
        services.AddScoped<SearchQueries>();
        services.AddScoped<TriviaSessions>();
        services.AddScoped<RandomTriviaQueries>();
        services.AddSingleton<BrasiliaCalendar>();
        services.AddScoped<DailyTriviaQueries>();
        services.AddSingleton<QuestionTokens>();
        services.AddSingleton<QuizCandidates>();
        services.AddScoped<QuizQueries>();
        return services;
    }
}
