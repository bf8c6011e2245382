using System.Diagnostics;

namespace TriviaApi.Tests.Support;

/// <summary>
/// Runs the built app (<c>dotnet TriviaApi.dll ARGS...</c>, copied beside the tests) as a child process over a given
/// database, as an operator would: its exit code and output are what a shell sees, aborts included.
/// </summary>
internal static class AppProcess
{
    /// <summary>Long enough for a loaded machine's start; a run past it is killed and reported, not awaited.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static Task<(int Exit, string Output, string Error)> RunAsync(string connectionString, params string[] args) =>
        RunAsync(connectionString, new Dictionary<string, string>(), args);

    /// <summary>With <paramref name="environment"/> over the defaults (configuration, as <c>Section__Key</c>).</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string connectionString, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
            Environment =
            {
                ["ConnectionStrings__Trivia"] = connectionString,
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["Seeds__Path"] = Seed.Folder,
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, await output, $"still running after {Patience}, killed.\n{await error}");
        }

        return (process.ExitCode, await output, await error);
    }
}
