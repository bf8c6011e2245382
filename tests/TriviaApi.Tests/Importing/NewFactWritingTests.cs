using Microsoft.EntityFrameworkCore;

using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>
/// New facts are extracted ahead on other threads and written apart from EF's change tracking: none of that may show
/// in the database.
/// </summary>
public sealed class NewFactWritingTests : IDisposable
{
    // More files than the import extracts ahead, so files finish extraction out of order.
    private const int FileCount = 40;

    private readonly TriviaFolder _folder = new();

    public NewFactWritingTests()
    {
        for (var n = 0; n < FileCount; n++)
        {
            var (year, next) = (1950 + n, 1950 + ((n + 1) % FileCount));
            _folder.WriteManifest($"filme-{n:00}.pt-BR.json", $"Filme Número {n}", year);
            _folder.WriteFacts($"filme-{n:00}.pt-BR.txt",
                $"O diretor Carlos Souza{n % 7} refilmou Filme Número {(n + 1) % FileCount} ({next}) anos depois.",
                $"A compositora Ana Lima{n % 5} gravou a trilha com Souza{n % 7}.",
                $"O filme estreou no Festival de Cannes e arrecadou US$ {n} milhões.",
                $"Bruno Alves{n % 3} viveu o papel de Marcos Prado{n % 4} em Filme Número {(n + 2) % FileCount} ({1950 + ((n + 2) % FileCount)}).");
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Files_imported_together_give_the_same_database_as_imported_one_at_a_time()
    {
        await using var together = await TestDatabase.CreateAsync();
        await using var oneByOne = await TestDatabase.CreateAsync();

        await together.ImportAsync(_folder.Path);
        foreach (var file in Directory.EnumerateFiles(_folder.Path, "*.txt").Order(StringComparer.Ordinal))
        {
            await oneByOne.ImportAsync(file);
        }

        Assert.Equal(await DatabaseSnapshot.TakeAsync(oneByOne), await DatabaseSnapshot.TakeAsync(together));
    }

    [Fact]
    public async Task A_new_fact_takes_an_id_after_every_id_the_table_held_even_removed_ones()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(_folder.Path);
        var last = Path.Combine(_folder.Path, $"filme-{FileCount - 1:00}.pt-BR.txt");
        await using var db = database.NewContext();
        var highest = await db.Facts.MaxAsync(f => f.Id);
        Assert.Equal(highest, await db.Facts.Where(f => f.SourceFile.FileName == Path.GetFileName(last)).MaxAsync(f => f.Id));

        File.WriteAllLines(last, File.ReadAllLines(last).SkipLast(1));
        await database.ImportAsync(last);
        Assert.Equal(highest - 1, await db.Facts.MaxAsync(f => f.Id));

        _folder.WriteManifest("zz-novo.pt-BR.json", "Filme Novo", 2020);
        await database.ImportAsync(_folder.WriteFacts("zz-novo.pt-BR.txt", "Uma cena nova.", "Outra cena nova."));
        Assert.Equal([highest + 1, highest + 2], await db.Facts.Where(f => f.SourceFile.FileName == "zz-novo.pt-BR.txt").OrderBy(f => f.SourceLine).Select(f => f.Id).ToListAsync());
    }
}
