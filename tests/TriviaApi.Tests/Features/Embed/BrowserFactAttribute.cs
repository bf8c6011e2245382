namespace TriviaApi.Tests.Features.Embed;

/// <summary>A test that needs real Chromium: skipped, saying why, only where it is not installed (.ci/run installs it).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (HeadlessChromium.Executable is null)
        {
            Skip = "Chromium is not installed (Debian: apt-get install chromium); .ci/run installs it.";
        }
    }
}
