namespace TriviaApi.Benchmarks;

/// <summary>
/// When a scenario's untimed warm-up may end: after at least <c>runs</c> runs and <c>time</c>, and, when a time is
/// given, once the JIT has compiled no method for <see cref="JitQuiet"/> (for at most <see cref="Longest"/>). .NET's
/// tiered JIT recompiles hot methods on a thread of its own; the timed runs' processor time counts every thread, so
/// a warm-up that ends while it still compiles charges the compilations to the scenario.
/// </summary>
public sealed class WarmUp(int runs, TimeSpan time, Func<long> compiledMethods)
{
    /// <summary>How long the JIT must have compiled nothing before the timed runs start.</summary>
    public static readonly TimeSpan JitQuiet = TimeSpan.FromSeconds(1);

    /// <summary>The longest a warm-up waits for the JIT to go quiet.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(20);

    private long _compiled = compiledMethods();
    private TimeSpan _compiledAt = TimeSpan.Zero;

    /// <summary>Whether the warm-up may end after <paramref name="done"/> runs, <paramref name="elapsed"/> after it began.</summary>
    public bool IsOver(int done, TimeSpan elapsed)
    {
        var compiled = compiledMethods();
        if (compiled != _compiled)
        {
            (_compiled, _compiledAt) = (compiled, elapsed);
        }

        return done >= runs && elapsed >= time
            && (time == TimeSpan.Zero || elapsed - _compiledAt >= JitQuiet || elapsed >= Longest);
    }
}
