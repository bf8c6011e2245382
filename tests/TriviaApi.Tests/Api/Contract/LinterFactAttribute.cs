namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// A test that runs the OpenAPI linters. Where they are not installed it is skipped, saying why, except under
/// <c>.ci/run</c> (which installs them and sets <c>TRIVIA_REQUIRE_LINTERS=1</c>): there a missing linter fails the test.
/// </summary>
public sealed class LinterFactAttribute : FactAttribute
{
    public LinterFactAttribute()
    {
        if (Linters.Missing is { } missing && Environment.GetEnvironmentVariable("TRIVIA_REQUIRE_LINTERS") != "1")
        {
            Skip = $"{missing} is not installed (npm i -g @stoplight/spectral-cli @redocly/cli); .ci/run installs it.";
        }
    }
}
