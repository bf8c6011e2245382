using TriviaApi.Search;

namespace TriviaApi.Tests.Search;

/// <summary>Ranking from postings against a brute-force BM25 ranking of every fact, on made-up facts; and the blob format.</summary>
public class PostingsRankingTests
{
    private const double AverageLength = 14.0;

    // Word i stands in a fact with probability Odds[i], in its text or its names, once or twice.
    private static readonly (string Word, double Odds)[] Vocabulary =
        [("vinte", 1.0), ("filme", 0.9), ("cena", 0.6), ("trilha", 0.3), ("roteiro", 0.15), ("raro", 0.02)];

    private static readonly List<Posting[]> Facts = MakeFacts(seed: 7, count: 3_000);

    // A query: groups of words that must all match, "|" joining alternatives, "-" marking a word to exclude.
    [Theory]
    [InlineData("filme", 21)]
    [InlineData("vinte filme", 21)]
    [InlineData("cena filme", 41)]
    [InlineData("trilha roteiro", 21)]
    [InlineData("vinte filme cena", 101)]
    [InlineData("roteiro raro", 21)]
    [InlineData("filme trilha roteiro", 3_000)]
    [InlineData("cena trilha", 0)]
    [InlineData("trilha|roteiro", 41)]
    [InlineData("raro|roteiro cena", 21)]
    [InlineData("filme -cena", 21)]
    [InlineData("trilha|raro -filme -roteiro", 3_000)]
    [InlineData("filme filme", 21)]
    public void Postings_rank_as_brute_force_does(string query, int depth) => AssertRanksAsBruteForce(query, depth, within: null);

    [Theory]
    [InlineData("filme", 3, 21)]
    [InlineData("vinte filme", 7, 41)]
    [InlineData("roteiro raro", 2, 21)]
    [InlineData("trilha roteiro", 50, 101)]
    [InlineData("trilha|raro -cena", 4, 21)]
    public void Postings_within_a_filter_rank_as_brute_force_does(string query, int everyNth, int depth) =>
        AssertRanksAsBruteForce(query, depth, Enumerable.Range(1, Facts.Count).Where(id => id % everyNth == 0).ToList());

    // Enough facts that the walk is split between the cores (on a machine that has several), each part keeping a
    // page of its own: the merged page must be the page of the whole.
    [Theory]
    [InlineData("comum geral", 101)]
    [InlineData("comum|geral", 101)]
    [InlineData("geral -comum", 101)]
    public void A_walk_split_between_cores_ranks_as_brute_force_does(string query, int depth)
    {
        var random = new Random(3);
        var facts = Enumerable.Range(1, 150_000).Select(id => (Id: id, Length: 5 + random.Next(400), Comum: random.Next(10) < 9, Geral: random.Next(10) < 8, Twice: random.Next(7) == 0)).ToList();
        Posting PostingOf((int Id, int Length, bool Comum, bool Geral, bool Twice) fact, bool inNames) =>
            new(fact.Id, inNames ? 0 : fact.Twice ? 2 : 1, inNames ? 1 : 0, fact.Length);
        var postings = new Dictionary<string, List<Posting>>
        {
            ["comum"] = facts.Where(f => f.Comum).Select(f => PostingOf(f, inNames: false)).ToList(),
            ["geral"] = facts.Where(f => f.Geral).Select(f => PostingOf(f, inNames: f.Id % 5 == 0)).ToList(),
        };
        var terms = query.Split(' ');
        var required = terms.Where(t => t[0] != '-').Select(t => t.Split('|')).ToList();
        var excluded = terms.Where(t => t[0] == '-').Select(t => t[1..]).ToList();
        var holding = postings.ToDictionary(p => p.Key, p => p.Value.ToDictionary(x => x.FactId));
        double ContributionOf(string word, Posting posting) =>
            Bm25.Contribution(Bm25.Idf(facts.Count, postings[word].Count), posting.Occurrence.Frequency, posting.Length, AverageLength);
        var matches = facts.Select(f => f.Id).Where(id => required.All(g => g.Any(w => holding[w].ContainsKey(id))) && !excluded.Any(w => holding[w].ContainsKey(id))).ToList();
        var expected = matches
            .Select(id => (Rank: Bm25.Rank(required.SelectMany(g => g).Concat(excluded).Select(w => holding[w].TryGetValue(id, out var p) ? ContributionOf(w, p) : 0.0).ToArray()), Id: id))
            .OrderBy(h => h.Rank).ThenBy(h => h.Id).Take(depth).ToList();
        WordPostings Blob(string word) => new(word, postings[word].Count, TermPostings.Encode(postings[word]));

        var ranked = PostingsRanking.Rank(
            required.Select(g => (IReadOnlyList<WordPostings>)g.Select(Blob).ToList()).ToList(), excluded.Select(Blob).ToList(),
            new IndexTotals(facts.Count, AverageLength), depth);

        Assert.Equal(matches.Count, ranked.Matching);
        Assert.Equal(expected, ranked.Best.Select(h => (h.Rank, h.Id)));
    }

    [Fact]
    public void A_blob_gives_back_its_postings()
    {
        Posting[] postings = [new(3, 1, 0, 12), new(4, 0, 2, 7), new(200, 1, 1, 130), new(1_000_000, 300, 0, 100_000)];

        Assert.Equal(postings, TermPostings.Decode(TermPostings.Encode(postings)));
    }

    [Fact]
    public void A_blob_lists_each_occurrence_once()
    {
        // A common word's facts: ids one apart, most with the same occurrence, some with another.
        var postings = Enumerable.Range(1, 10_000).Select(id => id % 10 == 0 ? new Posting(id, 2, 1, 30) : new Posting(id, 1, 0, 14)).ToList();

        var blob = TermPostings.Encode(postings);

        Assert.Equal(postings, TermPostings.Decode(blob));
        Assert.True(blob.Length <= (2 * postings.Count) + 16, $"{blob.Length} bytes: a byte for the id gap and a byte for the occurrence each, and the two occurrences once");
    }

    [Fact]
    public void Postings_out_of_id_order_are_refused() =>
        Assert.Throws<ArgumentException>(() => TermPostings.Encode([new(5, 1, 0, 10), new(5, 1, 0, 10)]));

    private static void AssertRanksAsBruteForce(string query, int depth, List<int>? within)
    {
        var terms = query.Split(' ');
        var required = terms.Where(t => t[0] != '-').Select(t => t.Split('|').Select(Word).ToArray()).ToList();
        var excluded = terms.Where(t => t[0] == '-').Select(t => Word(t[1..])).ToList();
        var order = required.SelectMany(g => g).Concat(excluded).ToList();
        var matches = (within ?? Enumerable.Range(1, Facts.Count)).Where(id =>
            required.All(g => g.Any(w => Holds(id, w))) && !excluded.Any(w => Holds(id, w))).ToList();
        // FTS5 adds every word's contribution, zero for a word the fact lacks.
        var expected = matches
            .Select(id => (Rank: Bm25.Rank(order.Select(w => Holds(id, w) ? Contribution(w, Facts[id - 1][w]) : 0.0).ToArray()), Id: id))
            .OrderBy(h => h.Rank).ThenBy(h => h.Id).Take(depth).ToList();

        var ranked = PostingsRanking.Rank(
            required.Select(g => (IReadOnlyList<WordPostings>)g.Select(Postings).ToList()).ToList(), excluded.Select(Postings).ToList(),
            new IndexTotals(Facts.Count, AverageLength), depth, within);

        Assert.Equal(matches.Count, ranked.Matching);
        Assert.Equal(expected, ranked.Best.Select(h => (h.Rank, h.Id)));
    }

    private static int Word(string word) => Array.FindIndex(Vocabulary, v => v.Word == word);

    private static bool Holds(int id, int word) => Facts[id - 1][word].FactId != 0;

    private static double Idf(int word) => Bm25.Idf(Facts.Count, Facts.Count(f => f[word].FactId != 0));

    private static double Contribution(int word, Posting posting) =>
        Bm25.Contribution(Idf(word), (posting.InText * FullTextSearch.TextWeight) + (posting.InNames * FullTextSearch.NameWeight), posting.Length, AverageLength);

    private static WordPostings Postings(int word)
    {
        var holding = Facts.Select(f => f[word]).Where(p => p.FactId != 0).ToList();
        return new WordPostings(Vocabulary[word].Word, holding.Count, TermPostings.Encode(holding));
    }

    /// <summary>Per fact, per word of the vocabulary: its posting, or a default one (id 0) when the fact lacks the word.</summary>
    private static List<Posting[]> MakeFacts(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(1, count).Select(id =>
        {
            // Mostly a sentence long, some much longer.
            var length = 3 + (random.Next(10) == 0 ? random.Next(300) : random.Next(30));
            return Vocabulary.Select(v => random.NextDouble() >= v.Odds ? default
                : random.Next(4) == 0 ? new Posting(id, 0, 1 + (random.Next(6) / 5), length)
                : new Posting(id, 1 + (random.Next(6) / 5), random.Next(5) / 4, length)).ToArray();
        }).ToList();
    }
}
