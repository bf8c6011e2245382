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

    [Fact]
    public async Task Kept_lists_are_what_TermImpacts_keeps_from_FTS5s_counts_grouped_by_fact_in_SQL()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(_corpus.Path);

        await using var db = database.NewContext();
        var lengths = new Dictionary<int, int>();
        foreach (var row in await db.Database.SqlQuery<DocSize>($"SELECT id AS Id, sz AS Size FROM FactSearch_docsize").ToListAsync())
        {
            lengths[row.Id] = (int)SearchIndex.Varints(row.Size).Sum();
        }

        var expected = new List<KeptRow>();
        var common = await db.Database.SqlQuery<string>($"SELECT term AS Value FROM FactSearchTerms WHERE doc >= {TermImpacts.MinFacts} ORDER BY term").ToListAsync();
        foreach (var term in common)
        {
            var counts = await db.Database.SqlQuery<TermCount>(
                $"SELECT doc AS Id, SUM(CASE col WHEN 'names' THEN {FullTextSearch.NameWeight} ELSE {FullTextSearch.TextWeight} END) AS Frequency FROM FactSearchInstances WHERE term = {term} GROUP BY doc").ToListAsync();
            expected.AddRange(TermImpacts.Keep(counts.Select(c => new TermImpact(c.Id, c.Frequency, lengths[c.Id]))).Select(k => new KeptRow(term, k.FactId, k.Frequency, k.Length)));
        }

        Assert.NotEmpty(common);
        Assert.Equal(expected, await db.Database.SqlQuery<KeptRow>($"SELECT term AS Term, fact_id AS FactId, freq AS Frequency, length AS Length FROM FactSearchImpact ORDER BY term, fact_id").ToListAsync());
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

    private sealed record DocSize(int Id, byte[] Size);

    private sealed record TermCount(int Id, double Frequency);

    private sealed record KeptRow(string Term, int FactId, double Frequency, int Length);
}
