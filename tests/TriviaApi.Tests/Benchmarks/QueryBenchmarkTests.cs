using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;
using TriviaApi.Benchmarks;
using TriviaApi.Data;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Benchmarks;

/// <summary>
/// The in-process query harness at a tiny size (3 films, 60 facts, 3 timed runs), so `benchmarks/run` keeps working
/// as the queries change. No timing is asserted: only that every read path runs and finds what it should.
/// </summary>
public sealed class QueryBenchmarkTests(QueryBenchmarkTests.TinyCorpus corpus) : IClassFixture<QueryBenchmarkTests.TinyCorpus>
{
    [Fact]
    public async Task Every_read_path_is_timed()
    {
        var timings = await corpus.MeasureAsync();

        Assert.All(timings, t =>
        {
            Assert.Equal(3, t.Runs);
            Assert.True(t.P50 <= t.P95 && t.P95 <= t.P99, $"{t.Name}: percentiles out of order");
        });
    }

    [Fact]
    public async Task The_filtered_page_the_deep_keyset_page_and_a_persons_trivia_find_facts()
    {
        var timings = await corpus.MeasureAsync();

        Assert.All(timings.Where(t => t.Name is "trivia page, filtered by tag" or "deep keyset page" or "person's trivia"), t => Assert.True(t.Found > 0, t.Name));
    }

    [Fact]
    public async Task The_random_draw_draws_a_fact()
    {
        var timings = await corpus.MeasureAsync();

        Assert.Equal(1, Assert.Single(timings, t => t.Name == "random draw").Found);
    }

    [Fact]
    public void The_sqlite3_floor_script_loads_the_same_lines_the_importer_reads()
    {
        using var output = new TriviaFolder();

        var facts = SqliteFloorScript.Write(corpus.Folder.Path, output.Path);

        Assert.Equal(60, facts);
        Assert.Equal(60, File.ReadAllText(Path.Combine(output.Path, "facts.txt")).Count(c => c == '\x1E'));
        Assert.Contains(".import", File.ReadAllText(Path.Combine(output.Path, SqliteFloorScript.ScriptName)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lucene_floor_indexes_every_line_the_importer_reads()
    {
        using var output = new TriviaFolder();

        var (facts, _) = LuceneFloor.Index(corpus.Folder.Path, output.Path);

        using var index = FSDirectory.Open(output.Path);
        using var reader = DirectoryReader.Open(index);
        Assert.Equal(60, facts);
        Assert.Equal(60, reader.NumDocs);
        Assert.Equal(60, MultiFields.GetTerms(reader, "text").DocCount);
    }

    /// <summary>A generated corpus of 3 films × 20 facts, imported once for the class.</summary>
    public sealed class TinyCorpus : IAsyncLifetime
    {
        private Task<IReadOnlyList<QueryBenchmark.Timing>>? _timings;

        public TriviaFolder Folder { get; } = new();

        public TestDatabase Database { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            CorpusGenerator.Write(Folder.Path, 3, 20, seed: 7);
            Database = await TestDatabase.CreateAsync();
            await Database.ImportAsync(Folder.Path);
        }

        /// <summary>One harness run, shared: the tests of a class run one at a time.</summary>
        public Task<IReadOnlyList<QueryBenchmark.Timing>> MeasureAsync() => _timings ??= RunAsync();

        private async Task<IReadOnlyList<QueryBenchmark.Timing>> RunAsync()
        {
            await using var services = BenchmarkServices.For(new SqliteConnectionStringBuilder(Database.ConnectionString).DataSource);
            // As `benchmarks/run` does: the start-up steps build the search index of a database imported without one.
            await services.PrepareDatabaseAsync();
            return await new QueryBenchmark(services).MeasureAsync(iterations: 3, warmUp: 1);
        }

        public async Task DisposeAsync()
        {
            await Database.DisposeAsync();
            Folder.Dispose();
        }
    }
}
