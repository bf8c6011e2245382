using Microsoft.EntityFrameworkCore;
using TriviaApi.Search;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Search;

/// <summary>
/// The postings of common words (<see cref="TermPostings"/>) stay what a rebuild would make after every kind of import:
/// files added, a file truncated, nothing changed.
/// </summary>
public sealed class PostingsThroughImportsTests : IDisposable
{
    private readonly TriviaFolder _corpus = new();

    public PostingsThroughImportsTests()
    {
        // Every fact says "filme", some twice, among a varying number of other words.
        string[] words = ["cena", "rodada", "em", "Lisboa", "durante", "chuva", "forte", "com", "figurantes", "locais"];
        for (var film = 0; film < 13; film++)
        {
            _corpus.WriteManifest($"filme-{film:00}.pt-BR.json", $"Filme Número {film}", 1950 + film);
            _corpus.WriteFacts($"filme-{film:00}.pt-BR.txt", [.. Enumerable.Range(0, 100).Select(line =>
                $"O filme {(line % 7 == 0 ? "e o filme seguinte " : "")}teve a {string.Join(' ', words.Take(1 + ((film + line) % words.Length)))} número {line}.")]);
        }
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task Postings_equal_a_rebuild_after_adding_truncating_and_reimporting_files()
    {
        await using var database = await TestDatabase.CreateAsync();
        var files = Directory.EnumerateFiles(_corpus.Path, "*.txt").Order(StringComparer.Ordinal).ToArray();

        await database.ImportAsync(files[..^1]);
        Assert.NotEmpty(await PostingsAsync(database));
        await database.ImportAsync(files[^1]);
        await AssertPostingsAreCurrentAsync(database);

        File.WriteAllLines(files[0], File.ReadAllLines(files[0]).Take(40));
        await database.ImportAsync(files[0]);
        await AssertPostingsAreCurrentAsync(database);

        await database.ImportAsync(files);
        await AssertPostingsAreCurrentAsync(database);
    }

    [Fact]
    public async Task Postings_are_FTS5s_counts_grouped_by_fact_in_SQL()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(_corpus.Path);

        await using var db = database.NewContext();
        var lengths = new Dictionary<int, int>();
        foreach (var row in await db.Database.SqlQuery<DocSize>($"SELECT id AS Id, sz AS Size FROM FactSearch_docsize").ToListAsync())
        {
            lengths[row.Id] = (int)SearchIndex.Varints(row.Size).Sum();
        }

        var common = await db.Database.SqlQuery<string>($"SELECT term AS Value FROM FactSearchTerms WHERE doc >= {TermPostings.MinFacts} ORDER BY term").ToListAsync();
        var written = (await db.Database.SqlQuery<TermBlob>($"SELECT term AS Term, postings AS Postings FROM FactSearchPostings ORDER BY term").ToListAsync())
            .ToDictionary(t => t.Term, t => TermPostings.Decode(t.Postings).ToList());
        Assert.NotEmpty(common);
        Assert.Equal(common, written.Keys);
        foreach (var term in common)
        {
            var counts = await db.Database.SqlQuery<FactCounts>(
                $"SELECT doc AS FactId, SUM(col = 'text') AS InText, SUM(col = 'names') AS InNames FROM FactSearchInstances WHERE term = {term} GROUP BY doc ORDER BY doc").ToListAsync();
            Assert.Equal(counts.Select(c => new Posting(c.FactId, c.InText, c.InNames, lengths[c.FactId])), written[term]);
        }
    }

    private static async Task AssertPostingsAreCurrentAsync(TestDatabase database)
    {
        var afterImport = await PostingsAsync(database);
        await using (var db = database.NewContext())
        {
            await db.Database.OpenConnectionAsync();
            await SearchIndex.RebuildPostingsAsync(db, default);
        }

        Assert.Equal(await PostingsAsync(database), afterImport);
    }

    private static async Task<List<string>> PostingsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Database.SqlQuery<string>($"SELECT term || ' ' || facts || ' ' || hex(postings) AS Value FROM FactSearchPostings ORDER BY term").ToListAsync();
    }

    private sealed record DocSize(int Id, byte[] Size);

    private sealed record TermBlob(string Term, byte[] Postings);

    private sealed record FactCounts(int FactId, int InText, int InNames);
}
