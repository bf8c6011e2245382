using System.Text.Json.Nodes;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>The document the API serves passes both standard linters without an error or a warning.</summary>
[Collection(SeededApi.Name)]
public class OpenApiLintTests(TriviaApiFactory factory) : IAsyncLifetime
{
    private readonly string _document = Path.Combine(Path.GetTempPath(), $"trivia-openapi-{Guid.NewGuid():N}.json");

    public async Task InitializeAsync() =>
        await File.WriteAllTextAsync(_document, await factory.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));

    public Task DisposeAsync()
    {
        File.Delete(_document);
        return Task.CompletedTask;
    }

    [LinterFact]
    public async Task Spectral_with_its_oas_ruleset_finds_nothing()
    {
        var (exitCode, output, errors) = await Linters.RunAsync("spectral", "lint", _document, "--ruleset", Repository.PathOf(".spectral.yaml"), "--fail-severity", "warn");

        Assert.True(exitCode == 0, output + errors);
    }

    [LinterFact]
    public async Task Redocly_with_its_recommended_ruleset_finds_nothing()
    {
        var (exitCode, output, errors) = await Linters.RunAsync("redocly", "lint", _document, "--config", Repository.PathOf("redocly.yaml"), "--format", "json");

        var totals = JsonNode.Parse(output)!["totals"]!;
        Assert.True(exitCode == 0 && (int)totals["errors"]! == 0 && (int)totals["warnings"]! == 0, output + errors);
    }
}
