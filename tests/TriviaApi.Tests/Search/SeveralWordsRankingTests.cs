using Microsoft.EntityFrameworkCore;
using TriviaApi.Search;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Search;

/// <summary>
/// Searches of common words ranked from their postings (<see cref="PostingsRanking"/>) give FTS5's own count and full
/// ranking, rank for rank, on an imported corpus of 5,200 facts.
/// </summary>
public sealed class SeveralWordsRankingTests(SeveralWordsCorpus corpus) : IClassFixture<SeveralWordsCorpus>
{
    [Theory]
    [InlineData("filme", 21)]
    [InlineData("chuva", 5_000)]
    [InlineData("filme cena", 21)]
    [InlineData("cena filme", 201)]
    [InlineData("rodada musica", 21)]
    [InlineData("chuva lisboa", 21)]
    [InlineData("filme cena rodada", 61)]
    [InlineData("musica filme chuva lisboa", 1_000)]
    [InlineData("filme -chuva", 21)]
    [InlineData("chuva OR lisboa", 101)]
    [InlineData("cena chuva OR lisboa -rodada", 21)]
    [InlineData("-musica lisboa OR chuva filme", 5_000)]
    [InlineData("filme filme", 21)]
    public async Task Postings_give_the_count_and_the_page_of_the_full_ranking(string query, int depth)
    {
        await using var db = corpus.Database.NewContext();
        var search = SearchQuery.Parse(query);

        var best = await FullTextSearch.BestFactsAsync(db, search, depth, default);
        var full = await FullTextSearch.Facts(db, search).OrderBy(h => h.Rank).ThenBy(h => h.Id).Take(depth).ToListAsync();

        Assert.NotNull(best);
        Assert.Equal(await FullTextSearch.Count(db, search).SingleAsync(), best.Matching);
        Assert.Equal(full.Select(h => (h.Id, h.Rank)), best.Best.Select(h => (h.Id, h.Rank)));
    }

    [Theory]
    [InlineData("filme", 1953, 1953, 21)]
    [InlineData("cena filme", 1953, 1954, 201)]
    [InlineData("chuva lisboa", 1950, 1960, 21)]
    [InlineData("chuva lisboa", 1950, 1990, 1_000)]
    [InlineData("musica filme chuva lisboa", 1960, 1999, 61)]
    [InlineData("chuva OR lisboa -cena", 1950, 1990, 41)]
    public async Task Postings_within_a_filter_give_its_count_and_the_page_of_its_full_ranking(string query, int fromYear, int toYear, int depth)
    {
        await using var db = corpus.Database.NewContext();
        var search = SearchQuery.Parse(query);
        var kept = db.Facts.Where(f => f.Film.Year >= fromYear && f.Film.Year <= toYear).Select(f => f.Id);

        var best = await FullTextSearch.BestFactsAsync(db, search, depth, default, kept);
        var full = await FullTextSearch.Facts(db, search).Where(h => kept.Contains(h.Id)).OrderBy(h => h.Rank).ThenBy(h => h.Id).ToListAsync();

        Assert.NotNull(best);
        Assert.Equal(full.Count, best.Matching);
        Assert.Equal(full.Take(depth).Select(h => (h.Id, h.Rank)), best.Best.Select(h => (h.Id, h.Rank)));
    }

    [Theory]
    [InlineData("filme raro")]
    [InlineData("filme -raro")]
    [InlineData("filme OR raro")]
    [InlineData("\"filme cena\"")]
    [InlineData("film* cena")]
    public async Task Rare_words_phrases_and_prefixes_are_left_to_FTS5(string query)
    {
        await using var db = corpus.Database.NewContext();

        Assert.Null(await FullTextSearch.BestFactsAsync(db, SearchQuery.Parse(query), 21, default));
    }
}

/// <summary>52 films of 100 facts, every one saying "filme" and almost every one "cena", "rodada" and "música", at lengths that vary; "raro" in a few.</summary>
public sealed class SeveralWordsCorpus : IAsyncLifetime, IDisposable
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not imported yet.");

    public async Task InitializeAsync()
    {
        using var folder = new TriviaFolder();
        var random = new Random(11);
        string[] optional = ["cena", "rodada", "música", "chuva", "Lisboa", "raro"];
        double[] odds = [0.99, 0.97, 0.97, 0.5, 0.3, 0.05];
        for (var film = 0; film < 52; film++)
        {
            folder.WriteManifest($"filme-{film:00}.pt-BR.json", $"Filme Número {film}", 1950 + film);
            folder.WriteFacts($"filme-{film:00}.pt-BR.txt", [.. Enumerable.Range(0, 100).Select(line =>
            {
                var words = optional.Where((_, i) => random.NextDouble() < odds[i]).Concat(Enumerable.Repeat("de novo", random.Next(8)));
                return $"O filme {string.Join(' ', words.OrderBy(_ => random.Next()))} {(random.Next(9) == 0 ? "e o filme seguinte " : "")}número {line}.";
            })]);
        }

        _database = await TestDatabase.CreateAsync();
        await _database.ImportAsync(folder.Path);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database?.Dispose();
}
