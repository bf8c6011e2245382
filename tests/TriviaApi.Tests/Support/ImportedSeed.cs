using TriviaApi.Importing;

namespace TriviaApi.Tests.Support;

/// <summary>A database into which the seed has been imported once, shared by tests that only read it.</summary>
public sealed class ImportedSeed : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public ImportReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Report = await Database.ImportAsync(Seed.TextPath);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
