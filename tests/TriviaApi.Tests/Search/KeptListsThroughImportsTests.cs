using Microsoft.EntityFrameworkCore;
using TriviaApi.Search;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Search;

/// <summary>
/// The kept lists of common words (<see cref="TermImpacts"/>) stay what a rebuild would make after every kind of import:
/// files added, a file removed, nothing changed. Over 5,000 facts, the size from which words get kept lists.
/// </summary>
public sealed class KeptListsThroughImportsTests : IDisposable
{
    private readonly TriviaFolder _corpus = new();

    public KeptListsThroughImportsTests()
    {
        // Every fact says "filme", some twice, among a varying number of other words: a word with a real kept list.
        string[] words = ["cena", "rodada", "em", "Lisboa", "durante", "chuva", "forte", "com", "figurantes", "locais"];
        for (var film = 0; film < 52; film++)
        {
            _corpus.WriteManifest($"filme-{film:00}.pt-BR.json", $"Filme Número {film}", 1950 + film);
            _corpus.WriteFacts($"filme-{film:00}.pt-BR.txt", [.. Enumerable.Range(0, 100).Select(line =>
                $"O filme {(line % 7 == 0 ? "e o filme seguinte " : "")}teve a {string.Join(' ', words.Take(1 + ((film + line) % words.Length)))} número {line}.")]);
        }
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task Kept_lists_equal_a_rebuild_after_adding_removing_and_reimporting_files()
    {
        await using var database = await TestDatabase.CreateAsync();
        var files = Directory.EnumerateFiles(_corpus.Path, "*.txt").Order(StringComparer.Ordinal).ToArray();

        await database.ImportAsync(files[..^1]);
        Assert.NotEmpty(await KeptAsync(database));
        await database.ImportAsync(files[^1]);
        await AssertKeptListsAreCurrentAsync(database);

        File.WriteAllLines(files[0], File.ReadAllLines(files[0]).Take(40));
        await database.ImportAsync(files[0]);
        await AssertKeptListsAreCurrentAsync(database);

        await database.ImportAsync(files);
        await AssertKeptListsAreCurrentAsync(database);
    }

    private static async Task AssertKeptListsAreCurrentAsync(TestDatabase database)
    {
        var afterImport = await KeptAsync(database);
        await using (var db = database.NewContext())
        {
            await db.Database.OpenConnectionAsync();
            await SearchIndex.RebuildImpactsAsync(db, default);
        }

        Assert.Equal(await KeptAsync(database), afterImport);
    }

    private static async Task<List<string>> KeptAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Database.SqlQuery<string>($"SELECT term || ' ' || fact_id || ' ' || freq || ' ' || length AS Value FROM FactSearchImpact ORDER BY term, fact_id").ToListAsync();
    }
}
