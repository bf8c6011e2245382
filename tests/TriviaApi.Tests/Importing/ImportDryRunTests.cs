using System.Text.Json;

using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary><c>import --dry-run</c>: a curator sees what each line would create, and why, and nothing is written.</summary>
public sealed class ImportDryRunTests : IAsyncLifetime, IDisposable
{
    private readonly TriviaFolder _folder = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_dry_run_writes_nothing()
    {
        var before = await DatabaseSnapshot.TakeAsync(_database);

        var run = await ImportCommandRun.RunAsync(_database, _folder.Path, "--dry-run", Seed.TextPath);

        Assert.Equal(0, run.Exit);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_database));
        Assert.Contains("Dry run: the import was rolled back; nothing was written.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_line_lists_what_it_names_with_the_cue_that_decided_it_and_marks_new_entities()
    {
        var run = await ImportCommandRun.RunAsync(_database, _folder.Path, "--dry-run", Seed.TextPath);

        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var fact = lines.FindIndex(l => l.StartsWith(Seed.TextName, StringComparison.Ordinal) && l.Contains("  A figurinista Mary Zophres", StringComparison.Ordinal));
        Assert.True(fact >= 0, run.Output);
        Assert.Matches(@"^  person +Mary Zophres \(new\) +profession ""figurinista"" before it$", lines[fact + 1]);
    }

    [Fact]
    public async Task The_json_review_names_kind_cue_and_newness_and_nothing_is_new_once_imported()
    {
        await _database.ImportAsync(Seed.TextPath);

        var run = await ImportCommandRun.RunAsync(_database, _folder.Path, "--dry-run", "--format", "json", Seed.TextPath);

        using var review = JsonDocument.Parse(run.Output);
        var mentions = review.RootElement.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("mentions").EnumerateArray()).ToList();
        Assert.Equal(Seed.Lines.Count, review.RootElement.GetProperty("lines").GetArrayLength());
        Assert.Contains(mentions, m => m.GetProperty("kind").GetString() == "film" && m.GetProperty("cue").GetString() == "title before \"(1939)\"");
        Assert.All(mentions, m => Assert.False(m.GetProperty("isNew").GetBoolean()));
    }

    [Fact]
    public async Task Format_without_dry_run_is_a_usage_error()
    {
        var run = await ImportCommandRun.RunAsync(_database, _folder.Path, "--format", "json", Seed.TextPath);

        Assert.Equal(2, run.Exit);
        Assert.Contains("--format goes with --dry-run.", run.Error, StringComparison.Ordinal);
    }
}
