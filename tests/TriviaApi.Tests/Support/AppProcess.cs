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
    /// Runs the app, handing each line of its standard output to <paramref name="atLine"/> as it comes, so a test can
    /// act while the app runs; when <paramref name="atLine"/> answers true the app is stopped there (<c>kill -9</c>) and
    /// its exit code is null.
    /// </summary>
    public static Task<(int? Exit, string Output, string Error)> WatchAsync(string connectionString, IReadOnlyDictionary<string, string> environment, Func<string, Task<bool>> atLine, params string[] args) =>
        WatchAsync(["dotnet"], connectionString, environment, atLine, args);

    /// <summary>The same, with <paramref name="launcher"/> starting <c>dotnet</c> (as another user: <see cref="UnprivilegedUser"/>).</summary>
    public static async Task<(int? Exit, string Output, string Error)> WatchAsync(IReadOnlyList<string> launcher, string connectionString, IReadOnlyDictionary<string, string> environment, Func<string, Task<bool>> atLine, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(atLine);
        using var process = Process.Start(StartInfo(connectionString, environment, args, launcher))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = new System.Text.StringBuilder();
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(patience.Token) is { } line)
            {
                output.AppendLine(line);
                if (await atLine(line))
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None);
                    return (null, output.ToString(), await error);
                }
            }

            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return (-1, output.ToString(), $"still running after {Patience}, killed.\n{await error}");
        }

        return (process.ExitCode, output.ToString(), await error);
    }

    /// <summary>
    /// Runs the app and kills it (<c>kill -9</c>, the whole process tree) as soon as it writes a line of standard
    /// output that <paramref name="killAt"/> accepts. Returns that line, or null when the app ended first.
    /// </summary>
    public static async Task<string?> KillAtLineAsync(string connectionString, Func<string, bool> killAt, params string[] args)
    {
        string? killedAt = null;
        await WatchAsync(connectionString, new Dictionary<string, string>(), line => Task.FromResult((killedAt = killAt(line) ? line : null) is not null), args);
        return killedAt;
    }

    private static ProcessStartInfo StartInfo(string connectionString, IReadOnlyDictionary<string, string> environment, string[] args, IReadOnlyList<string>? launcher = null)
    {
        launcher ??= ["dotnet"];
        var start = new ProcessStartInfo(launcher[0])
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

        foreach (var word in launcher.Skip(1))
        {
            start.ArgumentList.Add(word);
        }

        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
