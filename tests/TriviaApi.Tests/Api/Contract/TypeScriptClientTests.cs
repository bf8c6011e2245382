using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// A TypeScript client generated from the served document (openapi-typescript's types, openapi-fetch's calls),
/// compiled with <c>tsc --strict</c> and run by Node against the API on loopback: <c>tests/TypeScriptClient/calls.ts</c>
/// calls every GET operation with seed values, reading fields the document promises.
/// </summary>
public sealed class TypeScriptClientTests(ITestOutputHelper output)
{
    [TypeScriptClientFact]
    public async Task A_client_generated_from_the_document_compiles_strictly_and_reads_every_get_operations_answer()
    {
        await using var api = new TriviaApiFactory();
        api.UseKestrel(0);
        api.StartServer();
        var server = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(server) };
        var generated = Directory.CreateDirectory(Path.Combine(TypeScriptClient.Folder, "generated")).FullName;
        await File.WriteAllTextAsync(Path.Combine(generated, "openapi.json"), await http.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));
        var none = new Dictionary<string, string>();

        var generate = await TypeScriptClient.RunAsync("openapi-typescript", none, "generated/openapi.json", "--output", "generated/schema.d.ts");
        Assert.True(generate.ExitCode == 0, generate.Output);
        var compile = await TypeScriptClient.RunAsync("tsc", none, "--project", ".", "--strict");
        Assert.True(compile.ExitCode == 0, compile.Output);
        var run = await TypeScriptClient.RunAsync("node", new Dictionary<string, string> { ["TRIVIA_API"] = server }, "generated/out/calls.js");
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("typescript client: 20 calls, 0 disagreements", run.Output, StringComparison.Ordinal);
    }
}
