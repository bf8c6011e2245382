using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

using TriviaApi.Data;
using TriviaApi.Importing;
using TriviaApi.Search;

namespace TriviaApi.Tests.Support;

/// <summary>
/// Runs <c>import ARGS...</c> against a test database as <c>Program.cs</c> does: the answer for files all unchanged
/// first, then, unless it answered, the command over the app's own service registration.
/// </summary>
internal static class ImportCommandRun
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(TestDatabase database, string contentRoot, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:" + DatabaseSetup.ConnectionStringName, database.ConnectionString)])
            .Build();
        var environment = new HostingEnvironment { ContentRootPath = contentRoot };
        var skipped = new StringWriter();
        if (await ImportCommand.TrySkipUnchangedAsync(DatabaseSetup.ConnectionString(configuration, environment), [ImportCommand.Name, .. args], skipped) is { } unchanged)
        {
            return (unchanged, skipped.ToString(), "");
        }

        await using var services = new ServiceCollection()
            .AddTriviaDatabase(configuration, environment)
            .AddTriviaSearch(configuration, environment)
            .AddTriviaImporting()
            .BuildServiceProvider();
        // Not disposed: progress is reported on the thread pool, and a last line may land after the command returns.
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ImportCommand.RunAsync(services, [ImportCommand.Name, .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
