using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>A file whose bytes and manifest are those of its last import is recognised by its hash and skipped.</summary>
public sealed class UnchangedFileTests : IAsyncLifetime, IDisposable
{
    private readonly TriviaFolder _folder = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _folder.CopySeed();
        _folder.WriteManifest("o-farol.pt-BR.json", "O Farol da Ilha Comprida", 1987);
        _folder.WriteFacts("o-farol.pt-BR.txt", "O farol do filme foi construído em isopor num estúdio de Niterói.", "A atriz Lúcia Brandão aprendeu a remar para as cenas no mar.");
        await _database.ImportAsync(_folder.Path);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Importing_unchanged_files_again_skips_them_and_says_so()
    {
        var before = await DatabaseSnapshot.TakeAsync(_database);

        var report = await _database.ImportAsync(_folder.Path);

        Assert.Equal((0, 2, 26), (report.Files, report.SkippedFiles, report.UnchangedFacts));
        Assert.StartsWith("Imported 0 file(s), skipped 2 unchanged since their last import:", report.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_database));
    }

    [Fact]
    public async Task Files_as_last_imported_are_known_by_their_hash_before_any_check_counted_alike_and_skipped()
    {
        var checkedFully = TriviaSourceLoader.Load([_folder.Path]);
        await using var db = _database.NewContext();

        var known = TriviaSourceLoader.Load([_folder.Path], lastImports: await UnchangedFiles.LastImportsAsync(db));
        var report = await _database.ImportAsync(known);

        Assert.Equal(checkedFully.Select(s => (s.FileName, s.LineCount, s.Hash)), known.Select(s => (s.FileName, s.LineCount, s.Hash)));
        Assert.Equal((0, 2, 26), (report.Files, report.SkippedFiles, report.UnchangedFacts));
    }

    [Fact]
    public async Task An_edited_file_is_imported_and_its_unchanged_neighbour_skipped()
    {
        _folder.WriteFacts("o-farol.pt-BR.txt", "O farol do filme foi construído em isopor num estúdio de Niterói.", "A atriz Lúcia Brandão aprendeu a nadar para as cenas no mar.");

        var report = await _database.ImportAsync(_folder.Path);

        Assert.Equal((1, 1), (report.Files, report.SkippedFiles));
        Assert.Equal((0, 1, 0), (report.Facts.Added, report.Facts.Updated, report.Facts.Removed));
    }

    [Fact]
    public async Task A_changed_manifest_alone_makes_its_file_import_again()
    {
        _folder.WriteManifest("o-farol.pt-BR.json", "O Farol da Ilha Comprida", 1988);

        var report = await _database.ImportAsync(_folder.Path);

        Assert.Equal((1, 1), (report.Files, report.SkippedFiles));
        Assert.Equal(1, report.Films.Updated + report.Films.Added);
    }
}
