using TriviaApi.Api;
using TriviaApi.Backups;
using TriviaApi.Data;
using TriviaApi.Features;
using TriviaApi.Importing;
using TriviaApi.Search;
using TriviaApi.Search.Index;

var builder = WebApplication.CreateBuilder(args);

// An import of files all as last imported is answered from their hashes before the app is built: no services, no
// EF model, no search index. Anything else (or any doubt) goes on to the full command below.
if (ImportCommand.IsRequested(args)
    && await ImportCommand.TrySkipUnchangedAsync(DatabaseSetup.ConnectionString(builder.Configuration, builder.Environment), args, Console.Out) is { } unchanged)
{
    return unchanged;
}

builder.Configuration.AddQuietDatabaseLogging();
builder.AddTriviaObservability();

builder.Services.AddTriviaDatabase(builder.Configuration, builder.Environment)
    .AddTriviaSearch(builder.Configuration, builder.Environment)
    .AddTriviaImporting()
    .AddStartupStep<SeedImport>()
    .AddSearchIndexKeeping();
builder.Services.AddTriviaApi();
builder.Services.AddSessionCreationLimit(builder.Configuration);
builder.Services.AddTriviaFeatures(builder.Configuration)
    .AddStartupStep<RequestWarmUp>();
builder.Services.AddTriviaHealthChecks();
builder.Services.AddBackups();

var app = builder.Build();

if (ImportCommand.IsRequested(args))
{
    return await ImportCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

if (BackupCommand.IsRequested(args))
{
    return await BackupCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

// Before the start-up steps, so the seeding import is measured too.
app.UseTriviaObservability();

try
{
    // The schema, then the steps above in order: the seeds into an empty database, then the search index's check (an
    // index behind the database is rebuilt once the server listens).
    await app.Services.PrepareDatabaseAsync();
}
catch (DatabaseFaultException e)
{
    // One line naming the file and what to do, rather than an unhandled exception's abort.
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

app.UseTriviaApi();
app.MapTriviaHealthChecks();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
