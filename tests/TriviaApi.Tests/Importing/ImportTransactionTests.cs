using Microsoft.EntityFrameworkCore.Diagnostics;

using TriviaApi.Domain;
using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>An import is one transaction: when any file fails, no file's changes stay.</summary>
public sealed class ImportTransactionTests : IAsyncLifetime, IDisposable
{
    private readonly TriviaFolder _folder = new();
    private TestDatabase _database = null!;
    private string _before = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await _database.ImportAsync(Seed.TextPath);
        _before = await DatabaseSnapshot.TakeAsync(_database);

        // A first file with real changes (a removed line), then a second one.
        _folder.CopySeed();
        _folder.WriteFacts(Seed.TextName, [.. Seed.Lines.Skip(1)]);
        _folder.WriteFacts("whiplash.pt-BR.txt", "Filmado em 19 dias.");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_bad_second_file_leaves_the_database_as_it_was()
    {
        _folder.WriteManifest("whiplash.pt-BR.json", """{ "title": "Whiplash", "year": 2014, "diretor": "Damien Chazelle" }""");

        var error = await Assert.ThrowsAsync<ImportException>(() => _database.ImportAsync(_folder.PathOf(Seed.TextName), _folder.PathOf("whiplash.pt-BR.txt")));

        Assert.Equal("whiplash.pt-BR.json", error.File);
        Assert.Equal(_before, await DatabaseSnapshot.TakeAsync(_database));
    }

    [Fact]
    public async Task An_import_cancelled_after_the_first_file_was_saved_rolls_it_back()
    {
        _folder.WriteManifest("whiplash.pt-BR.json", "Whiplash - Em Busca da Perfeição", 2014);
        var sources = TriviaSourceLoader.Load([_folder.Path]);
        using var cancellation = new CancellationTokenSource();

        await using (var db = _database.NewContext(new CancelOnceFactsAreSaved(cancellation)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new KnowledgeBaseImporter(db).ImportAsync(sources, cancellationToken: cancellation.Token));
        }

        Assert.Equal(_before, await DatabaseSnapshot.TakeAsync(_database));
    }

    /// <summary>Cancels the import as soon as a save has written facts, as Ctrl-C between two files would.</summary>
    private sealed class CancelOnceFactsAreSaved(CancellationTokenSource cancellation) : SaveChangesInterceptor
    {
        public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<TriviaFact>().Any())
            {
                await cancellation.CancelAsync();
            }

            return result;
        }
    }
}
