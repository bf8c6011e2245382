using System.Diagnostics;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// <c>tests/TypeScriptClient</c>: openapi-typescript, openapi-fetch and TypeScript, installed there by
/// <c>npm ci</c> (which <c>.ci/run</c> does), and Node to run them.
/// </summary>
internal static class TypeScriptClient
{
    public static string Folder { get; } = Repository.PathOf("tests", "TypeScriptClient");

    /// <summary>What is missing to run the client, or null when nothing is.</summary>
    public static string? Missing { get; } =
        Node is null ? "Node (node) is not installed"
        : !File.Exists(Path.Combine(Folder, "node_modules", ".bin", "tsc")) ? "tests/TypeScriptClient has no node_modules (npm ci --prefix tests/TypeScriptClient)"
        : null;

    private static string? Node => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
        .Select(dir => Path.Combine(dir, "node")).FirstOrDefault(File.Exists);

    /// <summary>Runs a program of the folder's <c>node_modules/.bin</c>, or Node itself, in the folder.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program == "node" ? Node! : Path.Combine(Folder, "node_modules", ".bin", program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
