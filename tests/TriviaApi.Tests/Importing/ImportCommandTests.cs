using Microsoft.EntityFrameworkCore;

using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary><c>import PATH... [--title T --year Y]</c> over the app's own service registration and a database of its own.</summary>
public sealed class ImportCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TriviaFolder _folder = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Importing_the_seed_exits_0_and_prints_the_report()
    {
        var run = await RunAsync(Seed.TextPath);

        Assert.Equal(0, run.Exit);
        Assert.Contains("Imported 1 file(s):", run.Output, StringComparison.Ordinal);
        Assert.Contains("facts:      24 added, 0 updated, 0 removed, 0 unchanged", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Bad_input_exits_1_naming_the_file_and_changes_nothing()
    {
        await _database.ImportAsync(Seed.TextPath);
        var before = await DatabaseSnapshot.TakeAsync(_database);
        File.WriteAllText(_folder.CopySeed(), string.Join('\n', Seed.Lines.Skip(1)));
        _folder.WriteManifest("zz-quebrado.pt-BR.json", "Golpe Duplo", 2015);
        _folder.WriteBytes("zz-quebrado.pt-BR.txt", [.. "Filmado em Nova Orleans.\nPK"u8, 0x00]);

        var run = await RunAsync(_folder.Path);

        Assert.Equal(1, run.Exit);
        Assert.Contains("zz-quebrado.pt-BR.txt:2", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_database));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--title Whiplash --year 2014")]
    [InlineData("{seed} --title Whiplash")]
    [InlineData("{seed} --year 2014")]
    [InlineData("{seed} --title Whiplash --year dois-mil")]
    [InlineData("{seed} --title Whiplash --year 1869")]
    [InlineData("{seed} --year")]
    [InlineData("{seed} --colour blue")]
    public async Task A_usage_error_exits_2_and_shows_the_usage(string args)
    {
        var run = await RunAsync(args.Replace("{seed}", Seed.TextPath, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, run.Exit);
        Assert.Contains("usage: import [--dry-run [--format text|json]] PATH...", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_from_an_earlier_schema_exits_1_saying_to_reimport()
    {
        await using (var db = _database.NewContext())
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('20261129090000_RecodeSearchPostings', '10.0.15')");
        }

        var run = await RunAsync(Seed.TextPath);

        Assert.Equal(1, run.Exit);
        Assert.Contains("earlier schema", run.Error, StringComparison.Ordinal);
        Assert.Contains("re-import", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_manifest_imports_about_the_film_given_by_title_and_year()
    {
        var file = _folder.WriteFacts("whiplash.pt-BR.txt", "Filmado em 19 dias.", "Miles Teller tocou bateria em boa parte das cenas.");

        var run = await RunAsync(file, "--title", "Whiplash - Em Busca da Perfeição", "--year", "2014");

        Assert.Equal(0, run.Exit);
        await using var db = _database.NewContext();
        var film = await db.Films.Include(f => f.Facts).SingleAsync();
        Assert.Equal(("Whiplash - Em Busca da Perfeição", 2014, 2), (film.Title, film.Year, film.Facts.Count));
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => ImportCommandRun.RunAsync(_database, _folder.Path, args);
}
