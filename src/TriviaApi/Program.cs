using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Features.DailyTrivia;
using TriviaApi.Features.Films;
using TriviaApi.Features.People;
using TriviaApi.Features.Quiz;
using TriviaApi.Features.RandomTrivia;
using TriviaApi.Features.Search;
using TriviaApi.Features.Tags;
using TriviaApi.Features.Trivia;
using TriviaApi.Importing;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddTriviaDatabase(builder.Configuration, builder.Environment);
builder.Services.AddTriviaApi();
builder.Services.AddScoped<FilteredFacts>();
builder.Services.AddScoped<TriviaQueries>();
builder.Services.AddScoped<FilmQueries>();
builder.Services.AddScoped<PeopleQueries>();
builder.Services.AddScoped<TagQueries>();
builder.Services.AddScoped<SearchQueries>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<FactSampler>();
builder.Services.AddScoped<TriviaSessions>();
builder.Services.AddScoped<RandomTriviaQueries>();
builder.Services.AddSingleton<BrasiliaCalendar>();
builder.Services.AddScoped<DailyTriviaQueries>();
builder.Services.AddDataProtection();
builder.Services.AddSingleton<QuestionTokens>();
builder.Services.AddScoped<QuizQueries>();
builder.Services.AddHealthChecks();

var app = builder.Build();

if (ImportCommand.IsRequested(args))
{
    return await ImportCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

await app.Services.PrepareDatabaseAsync();

app.UseTriviaApi();
app.MapHealthChecks("/health");

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
