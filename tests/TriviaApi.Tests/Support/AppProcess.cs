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
        using var process = Process.Start(StartInfo(connectionString, environment, args))!;
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

    /// <summary>
    /// Runs the app and kills it (<c>kill -9</c>, the whole process tree) as soon as it writes a line of standard
    /// output that <paramref name="killAt"/> accepts. Returns that line, or null when the app ended first.
    /// </summary>
    public static async Task<string?> KillAtLineAsync(string connectionString, Func<string, bool> killAt, params string[] args)
    {
        using var process = Process.Start(StartInfo(connectionString, new Dictionary<string, string>(), args))!;
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(Patience);
        while (await process.StandardOutput.ReadLineAsync(patience.Token) is { } line)
        {
            if (killAt(line))
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                return line;
            }
        }

        await process.WaitForExitAsync(patience.Token);
        _ = await error;
        return null;
    }

    private static ProcessStartInfo StartInfo(string connectionString, IReadOnlyDictionary<string, string> environment, string[] args)
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

        return start;
    }
}
