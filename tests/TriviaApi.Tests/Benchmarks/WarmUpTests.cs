using TriviaApi.Benchmarks;

namespace TriviaApi.Tests.Benchmarks;

/// <summary>When the query harness's untimed warm-up ends: its runs and time, then a quiet JIT.</summary>
public sealed class WarmUpTests
{
    private long _compiled = 100;

    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Without_a_time_the_warm_up_ends_after_its_runs_whatever_the_jit_does()
    {
        var warmUp = new WarmUp(runs: 3, TimeSpan.Zero, () => _compiled++);

        Assert.False(warmUp.IsOver(2, Seconds(0.1)));
        Assert.True(warmUp.IsOver(3, Seconds(0.2)));
    }

    [Fact]
    public void With_a_time_the_warm_up_waits_for_the_jit_to_compile_nothing_for_a_second()
    {
        var warmUp = new WarmUp(runs: 10, Seconds(2), () => _compiled);

        Assert.False(warmUp.IsOver(50, Seconds(1.5)));
        _compiled += 3;
        Assert.False(warmUp.IsOver(60, Seconds(2.5)));
        Assert.False(warmUp.IsOver(70, Seconds(3.4)));
        Assert.True(warmUp.IsOver(80, Seconds(3.5)));
    }

    [Fact]
    public void A_warm_up_whose_jit_never_goes_quiet_ends_after_twenty_seconds()
    {
        var warmUp = new WarmUp(runs: 10, Seconds(2), () => _compiled++);

        Assert.False(warmUp.IsOver(1000, Seconds(19.9)));
        Assert.True(warmUp.IsOver(1010, WarmUp.Longest));
    }

    [Fact]
    public void A_quiet_jit_does_not_cut_the_runs_or_the_time_short()
    {
        var warmUp = new WarmUp(runs: 10, Seconds(2), () => _compiled);

        Assert.False(warmUp.IsOver(5, Seconds(2.5)));
        Assert.False(warmUp.IsOver(20, Seconds(1.5)));
        Assert.True(warmUp.IsOver(20, Seconds(2.5)));
    }
}
