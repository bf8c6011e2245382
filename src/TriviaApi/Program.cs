using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Features;
using TriviaApi.Importing;
using TriviaApi.Search.Index;

var builder = WebApplication.CreateBuilder(args);
builder.AddTriviaObservability();

builder.Services.AddTriviaDatabase(builder.Configuration, builder.Environment);
builder.Services.AddTriviaApi();
builder.Services.AddTriviaFeatures(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<SearchIndexHealth>("search");

var app = builder.Build();

if (ImportCommand.IsRequested(args))
{
    return await ImportCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

await app.Services.PrepareDatabaseAsync();

app.UseTriviaObservability();
app.UseTriviaApi();
app.MapHealthChecks("/health");

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
