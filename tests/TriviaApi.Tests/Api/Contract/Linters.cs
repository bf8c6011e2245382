using System.Diagnostics;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>The OpenAPI linters on PATH: Spectral (<c>spectral</c>) and Redocly CLI (<c>redocly</c>).</summary>
internal static class Linters
{
    public static string? Missing { get; } = new[] { "spectral", "redocly" }.FirstOrDefault(name => Find(name) is null);

    /// <summary>Runs a linter and returns its exit code, what it printed, and what it printed to standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(Find(name) ?? throw new InvalidOperationException($"{name} is not installed."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Support.Repository.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Redocly asks no questions and sends nothing home when it runs here.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    private static string? Find(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
        .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
