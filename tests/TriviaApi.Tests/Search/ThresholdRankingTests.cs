using TriviaApi.Search;

namespace TriviaApi.Tests.Search;

/// <summary>
/// The threshold algorithm against a brute-force ranking of every row, on made-up indexed rows where words are common
/// enough for the kept lists to be cut short: whenever it answers, it answers exactly.
/// </summary>
public class ThresholdRankingTests
{
    private const double AverageLength = 14.0;

    // Word i appears in a row with probability Odds[i]; "vinte" is in every row, "raro" in few.
    private static readonly (string Word, double Odds)[] Vocabulary =
        [("vinte", 1.0), ("filme", 0.9), ("cena", 0.6), ("trilha", 0.3), ("roteiro", 0.15), ("raro", 0.02)];

    private static readonly List<IndexedRow> Rows = MakeRows(seed: 7, count: 3_000);

    private static readonly Dictionary<string, double> Idfs = Vocabulary.ToDictionary(v => v.Word, v => Bm25.Idf(Rows.Count, Rows.Count(r => r.Frequency(v.Word) > 0)));

    [Theory]
    [InlineData("vinte filme", 21)]
    [InlineData("filme cena", 21)]
    [InlineData("cena filme", 41)]
    [InlineData("trilha roteiro", 21)]
    [InlineData("vinte filme cena", 101)]
    [InlineData("roteiro raro", 21)]
    [InlineData("filme trilha roteiro", 300)]
    public async Task Whenever_it_answers_it_gives_the_brute_force_ranking(string query, int depth)
    {
        var words = query.Split(' ');
        var expected = BruteForce(words).Take(depth).Select(h => (h.Id, h.Rank)).ToList();
        foreach (var listDepth in new[] { 40, 150, 1_000 })
        {
            var best = await ThresholdRanking.BestAsync(KeptWords(words, listDepth), AverageLength, depth, ReadAsync, listDepth);

            // Lists cut at 40 often run out before the bound is met; at the real depth, these queries are all answered.
            Assert.True(best is not null || listDepth < 1_000);
            if (best is not null)
            {
                Assert.Equal(expected, best.Select(h => (h.Id, h.Rank)));
            }
        }
    }

    [Fact]
    public async Task Common_words_whose_best_rows_hold_each_other_are_answered_from_the_lists()
    {
        string[] words = ["vinte", "filme"];
        var read = 0;
        var best = await ThresholdRanking.BestAsync(KeptWords(words, 1_000), AverageLength, 21, async ids =>
        {
            read += ids.Count;
            return await ReadAsync(ids);
        });

        Assert.NotNull(best);
        Assert.True(read < Rows.Count / 4, $"{read} rows read");
    }

    [Fact]
    public async Task A_row_the_tokenizer_may_read_differently_makes_it_give_up()
    {
        var rows = new[] { Row(1, "filme vinte", ""), Row(2, "filme vinte bjørn", "") };
        var kept = rows.Select(r => new TermImpact(r.Id, 1.0, r.Length)).ToList();
        KeptWord Word(string word) => new(word, 1.5, kept, rows.Length);

        var best = await ThresholdRanking.BestAsync([Word("filme"), Word("vinte")], AverageLength, 2,
            ids => Task.FromResult<IReadOnlyDictionary<int, IndexedRow>>(rows.Where(r => ids.Contains(r.Id)).ToDictionary(r => r.Id)));

        Assert.Null(best);
    }

    [Fact]
    public void A_row_counts_a_word_in_names_four_times_and_its_length_in_every_column()
    {
        var row = Row(1, "a trilha da trilha", "trilha sonora");

        Assert.Equal(6.0, row.Frequency("trilha"));
        Assert.Equal(0.0, row.Frequency("trilh"));
        Assert.Equal(6, row.Length);
    }

    private static List<SearchHit> BruteForce(string[] words) =>
        Rows.Where(r => words.All(w => r.Frequency(w) > 0))
            .Select(r => new SearchHit { Id = r.Id, Rank = Bm25.Rank(words.Select(w => Bm25.Contribution(Idf(w), r.Frequency(w), r.Length, AverageLength))) })
            .OrderBy(h => h.Rank).ThenBy(h => h.Id).ToList();

    private static List<KeptWord> KeptWords(string[] words, int listDepth) => words.Select(w =>
    {
        var holding = Rows.Where(r => r.Frequency(w) > 0).Select(r => new TermImpact(r.Id, r.Frequency(w), r.Length)).ToList();
        return new KeptWord(w, Idf(w), TermImpacts.Keep(holding, listDepth), holding.Count);
    }).ToList();

    private static double Idf(string word) => Idfs[word];

    private static Task<IReadOnlyDictionary<int, IndexedRow>> ReadAsync(IReadOnlyCollection<int> ids) =>
        Task.FromResult<IReadOnlyDictionary<int, IndexedRow>>(ids.ToDictionary(id => id, id => Rows[id - 1]));

    private static IndexedRow Row(int id, string text, string names) => new() { Id = id, Text = text, Names = names };

    private static List<IndexedRow> MakeRows(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(1, count).Select(id =>
        {
            var text = new List<string>();
            var names = new List<string>();
            foreach (var (word, odds) in Vocabulary)
            {
                if (random.NextDouble() < odds)
                {
                    (random.Next(4) == 0 ? names : text).AddRange(Enumerable.Repeat(word, 1 + (random.Next(6) / 5)));
                }
            }

            text.AddRange(Enumerable.Repeat("de", random.Next(20)));
            return Row(id, string.Join(' ', text.OrderBy(_ => random.Next())), string.Join(' ', names));
        }).ToList();
    }
}
