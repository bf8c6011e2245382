using TriviaApi.Benchmarks;
using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Benchmarks;

/// <summary>A tiny run of the benchmark corpus generator, so it keeps producing files the importer takes.</summary>
public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly TriviaFolder _first = new();
    private readonly TriviaFolder _second = new();

    [Fact]
    public void The_same_seed_writes_the_same_corpus()
    {
        CorpusGenerator.Write(_first.Path, 3, 5, seed: 7);
        CorpusGenerator.Write(_second.Path, 3, 5, seed: 7);

        Assert.All(Directory.GetFiles(_first.Path), f => Assert.Equal(File.ReadAllText(f), File.ReadAllText(Path.Combine(_second.Path, Path.GetFileName(f)))));
    }

    [Fact]
    public async Task A_generated_corpus_imports_with_mentions_and_synthetic_manifests()
    {
        CorpusGenerator.Write(_first.Path, 3, 5, seed: 7);
        await using var database = await TestDatabase.CreateAsync();

        var report = await database.ImportAsync(_first.Path);

        Assert.Equal(15, report.Facts.Added);
        Assert.True(report.People.Added > 0);
        Assert.All(Directory.GetFiles(_first.Path, "*.json"), m => Assert.Contains("\"synthetic\":true", File.ReadAllText(m), StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }
}
