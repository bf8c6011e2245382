namespace TriviaApi.Tests.Support;

/// <summary>
/// A user who may not write a file the tests make read-only (mode 444), to run the app as: the tests' own user when it
/// is not privileged, else <c>nobody</c> (65534) through util-linux's <c>setpriv</c>. Root writes any file whatever its
/// mode, so a read-only file proves nothing to an app run as root.
/// </summary>
internal static class UnprivilegedUser
{
    private const int Nobody = 65534;

    /// <summary>Why the app cannot be run as such a user here; null when it can.</summary>
    public static string? Missing { get; } = FindMissing();

    /// <summary>The command that starts <c>dotnet</c> as that user.</summary>
    public static IReadOnlyList<string> Launcher { get; } = Environment.IsPrivilegedProcess
        ? ["setpriv", $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "dotnet"]
        : ["dotnet"];

    private static string? FindMissing()
    {
        if (OperatingSystem.IsWindows())
        {
            return "file modes are POSIX; Windows marks a file read-only otherwise";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return null;
        }

        if (!OnPath("setpriv"))
        {
            return "the tests run as root, who writes any file whatever its mode, and setpriv (util-linux) is not installed to run the app as nobody";
        }

        // nobody reads the built app where the tests run it from: every folder above it must let others through.
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        for (var at = folder; at is not null; at = at.Parent)
        {
            if (!File.GetUnixFileMode(at.FullName).HasFlag(UnixFileMode.OtherExecute))
            {
                return $"the tests run as root and the app is run as nobody, who may not enter {at.FullName}";
            }
        }

        return null;
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(folder => File.Exists(Path.Combine(folder, command)));
}
