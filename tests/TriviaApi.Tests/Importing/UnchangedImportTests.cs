using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

using TriviaApi.Data;
using TriviaApi.Data.Configurations;
using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>
/// <c>import PATH...</c> of files all as last imported is answered before the app is built, from the database's record
/// of its imports and the files' hashes (<see cref="ImportCommand.TrySkipUnchangedAsync"/>), with the report the full
/// command prints. Anything else, or any doubt, is left to the full command, which says what is wrong.
/// </summary>
public sealed class UnchangedImportTests : IAsyncLifetime, IDisposable
{
    private readonly TriviaFolder _folder = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _folder.CopySeed();
        _folder.WriteManifest("a-ponte-de-vidro.pt-BR.json", "A Ponte de Vidro", 1974);
        _folder.WriteFacts("a-ponte-de-vidro.pt-BR.txt", "A ponte do título foi montada com garrafas recolhidas numa praia de Santos.", "O figurinista vestiu os figurantes com roupas doadas pelos moradores.");
        await _database.ImportAsync(_folder.Path);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Files_all_as_last_imported_get_the_full_commands_report_and_change_nothing()
    {
        var before = await DatabaseSnapshot.TakeAsync(_database);

        var (exit, output) = await SkipAsync(_folder.Path);

        Assert.Equal(0, exit);
        Assert.Equal((await _database.ImportAsync(_folder.Path)) + Environment.NewLine, output);
        Assert.StartsWith("Imported 0 file(s), skipped 2 unchanged since their last import:", output, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_database));
    }

    [Fact]
    public async Task One_edited_file_leaves_the_import_to_the_full_command_which_imports_it()
    {
        _folder.WriteFacts("a-ponte-de-vidro.pt-BR.txt", "A ponte do título foi montada com garrafas recolhidas numa praia de Santos.", "O figurinista vestiu os figurantes com roupas emprestadas pelos moradores.");

        var (exit, output) = await SkipAsync(_folder.Path);
        var full = await ImportCommandRun.RunAsync(_database, _folder.Path, _folder.Path);

        Assert.Equal(((int?)null, ""), (exit, output));
        Assert.Contains("Imported 1 file(s), skipped 1 unchanged since their last import:", full.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_manifest_is_known_by_the_film_given_for_it()
    {
        var file = _folder.WriteFacts("sem-ficha.txt", "A trilha sonora foi gravada numa igreja vazia de Ouro Preto.");
        Assert.Equal(0, (await ImportCommandRun.RunAsync(_database, _folder.Path, file, "--title", "Sinos de Pedra", "--year", "1981")).Exit);

        Assert.Equal(0, (await SkipAsync(file, "--title", "Sinos de Pedra", "--year", "1981")).Exit);
        Assert.Null((await SkipAsync(file, "--title", "Sinos de Pedra", "--year", "1982")).Exit);
    }

    [Theory]
    [InlineData("--dry-run", "{folder}")]
    [InlineData("{folder}", "--year", "1974")]
    [InlineData("{folder}", "--colour", "azul")]
    [InlineData("{folder}/nenhum.txt")]
    public async Task A_dry_run_a_usage_error_or_a_missing_file_is_left_to_the_full_command(params string[] args) =>
        Assert.Equal(((int?)null, ""), await SkipAsync([.. args.Select(a => a.Replace("{folder}", _folder.Path, StringComparison.Ordinal))]));

    [Fact]
    public async Task A_schema_other_than_this_builds_is_left_to_the_full_command()
    {
        await using (var db = _database.NewContext())
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('20261129090000_RecodeSearchPostings', '10.0.15')");
        }

        var (exit, output) = await SkipAsync(_folder.Path);
        var full = await ImportCommandRun.RunAsync(_database, _folder.Path, _folder.Path);

        Assert.Equal(((int?)null, ""), (exit, output));
        Assert.Equal(1, full.Exit);
        Assert.Contains("earlier schema", full.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_damaged_database_is_left_to_the_full_command_and_no_file_is_made()
    {
        var missing = _folder.PathOf("ainda-nao.db");
        var damaged = _folder.WriteBytes("danificado.db", [.. "SQLite format 3\0"u8, .. new byte[4000]]);

        Assert.Null(await ImportCommand.TrySkipUnchangedAsync($"Data Source={missing}", [ImportCommand.Name, _folder.Path], TextWriter.Null));
        Assert.Null(await ImportCommand.TrySkipUnchangedAsync($"Data Source={damaged}", [ImportCommand.Name, _folder.Path], TextWriter.Null));
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task The_migrations_found_without_EF_are_EFs_own()
    {
        await using var db = _database.NewContext();
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();

        Assert.Equal(db.Database.GetMigrations().Order(), DatabaseSetup.BuiltMigrations().Order());
        Assert.True(await DatabaseSetup.HasCurrentSchemaAsync(connection));
    }

    [Fact]
    public async Task The_hashes_are_read_without_EF_under_the_names_the_model_stores_them()
    {
        await using var db = _database.NewContext();

        Assert.Equal(ImportedFileConfiguration.SelectHashes, UnchangedFiles.SelectLastImportsOf(db));
    }

    [Fact]
    public async Task The_built_app_answers_a_second_import_of_the_same_folder_as_unchanged()
    {
        var database = $"Data Source={_folder.PathOf("processo.db")}";

        var first = await AppProcess.RunAsync(database, ImportCommand.Name, _folder.Path);
        var again = await AppProcess.RunAsync(database, ImportCommand.Name, _folder.Path);

        Assert.Equal((0, ""), (first.Exit, first.Error));
        Assert.Equal((0, ""), (again.Exit, again.Error));
        Assert.StartsWith("Imported 0 file(s), skipped 2 unchanged since their last import:", again.Output, StringComparison.Ordinal);
        Assert.Contains("facts:      0 added, 0 updated, 0 removed, 26 unchanged", again.Output, StringComparison.Ordinal);
    }

    private async Task<(int? Exit, string Output)> SkipAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await ImportCommand.TrySkipUnchangedAsync(_database.ConnectionString, [ImportCommand.Name, .. args], output);
        return (exit, output.ToString());
    }
}
