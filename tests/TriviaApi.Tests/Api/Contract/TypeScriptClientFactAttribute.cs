namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// A test that needs the TypeScript client's tools. Where they are not installed it is skipped, saying why, except
/// under <c>.ci/run</c> (which installs them and sets <c>TRIVIA_REQUIRE_TYPESCRIPT=1</c>): there it fails instead.
/// </summary>
public sealed class TypeScriptClientFactAttribute : FactAttribute
{
    public TypeScriptClientFactAttribute()
    {
        if (TypeScriptClient.Missing is { } missing && Environment.GetEnvironmentVariable("TRIVIA_REQUIRE_TYPESCRIPT") != "1")
        {
            Skip = $"{missing}; .ci/run installs it.";
        }
    }
}
