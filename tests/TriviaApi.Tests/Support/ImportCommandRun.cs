using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

using TriviaApi.Data;
using TriviaApi.Importing;
using TriviaApi.Search;

namespace TriviaApi.Tests.Support;

/// <summary>Runs <c>import ARGS...</c> over the app's own service registration, against a test database.</summary>
internal static class ImportCommandRun
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(TestDatabase database, string contentRoot, params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:" + DatabaseSetup.ConnectionStringName, database.ConnectionString)])
            .Build();
        var environment = new HostingEnvironment { ContentRootPath = contentRoot };
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
