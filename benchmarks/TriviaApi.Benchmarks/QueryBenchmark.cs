using System.Diagnostics;
using System.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Features.DailyTrivia;
using TriviaApi.Features.Quiz;
using TriviaApi.Features.RandomTrivia;
using TriviaApi.Features.Search;
using TriviaApi.Features.Trivia;
using TriviaApi.Search;

namespace TriviaApi.Benchmarks;

/// <summary>
/// Times the API's read paths in process, as its controllers call them: each run in a fresh scope (a fresh
/// DbContext, as per request), warm-up runs first, then p50/p95/p99 of the timed runs.
/// </summary>
public sealed class QueryBenchmark(IServiceProvider services)
{
    /// <summary>One read path; <see cref="Run"/> returns the total count of what it found.</summary>
    public sealed record Scenario(string Name, Func<IServiceProvider, Task<int>> Run, string Note = "");

    /// <summary>
    /// What one scenario measured, in milliseconds; <see cref="Found"/> is the total count of its last run, and
    /// <see cref="SqlCommands"/> how many SQL commands EF Core ran per timed run, on average. <see cref="CpuMs"/> is
    /// the process's processor time per timed run (every thread's, the collector's included): on a loaded machine it
    /// moves far less than the elapsed times, which count the time spent waiting for a core.
    /// </summary>
    public sealed record Timing(string Name, int Runs, double P50, double P95, double P99, int Found, string Note, double SqlCommands = 0, double CpuMs = 0);

    /// <summary>
    /// The scenarios, with their inputs picked from the database: a cursor nine tenths of the way into the facts by id,
    /// that fact's film, and the person the most facts name.
    /// </summary>
    public async Task<IReadOnlyList<Scenario>> ScenariosAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TriviaDbContext>();
        var facts = await db.Facts.CountAsync(cancellationToken);
        var deepId = await db.Facts.OrderBy(f => f.Id).Skip(facts * 9 / 10).Select(f => f.Id).FirstOrDefaultAsync(cancellationToken);
        var deepCursor = new TriviaCursor(SortOrder.By("id"), 0, deepId);
        var film = await db.Facts.Where(f => f.Id == deepId).Select(f => f.Film.Slug).FirstOrDefaultAsync(cancellationToken) ?? "nothing";
        var person = await db.FactPeople.GroupBy(m => m.PersonId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => db.People.Where(p => p.Id == g.Key).Select(p => p.Slug).First())
            .FirstOrDefaultAsync(cancellationToken) ?? "nobody";

        return
        [
            new("trivia page, filtered by tag", s => Trivia(s, new TriviaListQuery { Tag = ["music"] }), "tag=music"),
            new("trivia page 7, by topic and years", s => Trivia(s, new TriviaListQuery { Tag = ["music"], YearFrom = 1990 }, new PageRequest { Page = 7 }), "tag=music&yearFrom=1990&page=7"),
            new("trivia page 7, by year", s => Trivia(s, new TriviaListQuery { Sort = SortOrder.Of("-year") }, new PageRequest { Page = 7 }), "sort=-year&page=7"),
            new("trivia by topic with facets", s => Trivia(s, new TriviaListQuery { Tag = ["music"], Facets = [ValueList.Of("tag,person,film")] }), "tag=music&facets=tag,person,film"),
            new("film's trivia", s => Trivia(s, new TriviaListQuery { Film = IdOrSlug.Parse(film) }), $"/films/{film}/trivia"),
            new("deep keyset page", s => Trivia(s, new TriviaListQuery { Cursor = deepCursor }), $"cursor after fact {deepId:N0} of {facts:N0}"),
            new("person's trivia", s => Trivia(s, new TriviaListQuery { Person = IdOrSlug.Parse(person) }), $"/people/{person}/trivia, the most-named person"),
            new("search, one word", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("piano") }), "q=piano"),
            new("search, two words", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("festival veneza") }), "q=festival veneza"),
            new("search, two unrelated words", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("diretor lisboa") }), "q=diretor lisboa"),
            new("search, the two commonest words", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("o de") }), "q=o de"),
            new("search, a word but not another", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("piano -veneza") }), "q=piano -veneza"),
            new("search, a common word but not another", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("o -de") }), "q=o -de"),
            new("search, either of two words", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("piano OR festival") }), "q=piano OR festival"),
            new("search, a phrase", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("\"durante o verao\"") }), "q=\"durante o verao\""),
            new("search, a prefix", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("fil*") }), "q=fil*"),
            new("search within a topic", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("piano"), Tag = ["music"] }), "q=piano&tag=music"),
            new("search within years", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("piano"), YearFrom = 1990 }), "q=piano&yearFrom=1990"),
            new("search within a film", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("o de"), Film = IdOrSlug.Parse(film) }), $"q=o de&film={film}"),
            new("search within a person's facts", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("o de"), Person = IdOrSlug.Parse(person) }), $"q=o de&person={person}"),
            new("search sorted by year", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("piano"), Sort = SortOrder.By("year") }), "q=piano&sort=year"),
            new("search with facets", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("piano"), Facets = [ValueList.Of("tag,person,film")] }), "q=piano&facets=tag,person,film"),
            new("search of common words with facets", s => Trivia(s, new TriviaListQuery { Q = SearchQuery.Parse("o de"), Facets = [ValueList.Of("tag,person,film")] }), "q=o de&facets=tag,person,film"),
            new("search everywhere", s => Task.FromResult(s.GetRequiredService<SearchQueries>().Search(new SearchRequest { Q = SearchQuery.Parse("piano") }).TotalCount), "/search?q=piano"),
            new("suggestion", s => Task.FromResult(s.GetRequiredService<SearchQueries>().Suggest(new SuggestRequest { Q = "guim" }).Count), "/search/suggest?q=guim"),
            new("random draw", async s => (await s.GetRequiredService<RandomTriviaQueries>().DrawAsync(new RandomTriviaQuery(), default)).Items.Count, "/trivia/random"),
            new("random draw within a topic", async s => (await s.GetRequiredService<RandomTriviaQueries>().DrawAsync(new RandomTriviaQuery { Tag = ["music"], Count = 10 }, default)).Items.Count, "/trivia/random?tag=music&count=10"),
            new("fact of the day", s => Task.FromResult(s.GetRequiredService<DailyTriviaQueries>().Pick(new DailyTriviaQuery(), new DateOnly(2026, 12, 2)).Fact.Id > 0 ? 1 : 0), "/trivia/daily"),
            new("quiz", async s => (await s.GetRequiredService<QuizQueries>().MakeAsync(new QuizQuery(), default)).Questions.Count, "/quiz"),
            new("random draw of a search", async s => (await s.GetRequiredService<RandomTriviaQueries>().DrawAsync(new RandomTriviaQuery { Q = SearchQuery.Parse("o de"), Count = 10 }, default)).Items.Count, "/trivia/random?q=o de&count=10"),
            new("fact of the day of a search", s => Task.FromResult(s.GetRequiredService<DailyTriviaQueries>().Pick(new DailyTriviaQuery { Q = SearchQuery.Parse("o de") }, new DateOnly(2026, 12, 2)).Fact.Id > 0 ? 1 : 0), "/trivia/daily?q=o de"),
            new("quiz of a search", async s => (await s.GetRequiredService<QuizQueries>().MakeAsync(new QuizQuery { Q = SearchQuery.Parse("piano") }, default)).Questions.Count, "/quiz?q=piano"),
            .. MixRequests.All().Select((urls, kind) => Mix(kind, urls)),
        ];
    }

    /// <summary>
    /// One class of the uncached mix (<see cref="MixRequests"/>): each run asks the class's next URL, so the runs
    /// cost what the class's requests cost on average, from words that are common to words that are rare.
    /// </summary>
    private static Scenario Mix(int kind, IReadOnlyList<MixRequest> urls)
    {
        var next = 0;
        return new($"mix {kind}: {MixRequests.ClassNames[kind]}", s => Task.FromResult(Ask(s, urls[next++ % urls.Count])), $"{urls.Count:N0} URLs of MIX_KIND={kind}, in turn");
    }

    private static int Ask(IServiceProvider scope, MixRequest url)
    {
        var page = new PageRequest { Page = url.Number("page", 1), PageSize = url.Number("pageSize", PageRequest.DefaultPageSize) };
        var q = url.Parameters.TryGetValue("q", out var text) ? text : null;
        return url.Kind switch
        {
            6 => scope.GetRequiredService<SearchQueries>().Search(new SearchRequest { Q = SearchQuery.Parse(q!), PageSize = page.PageSize }).TotalCount,
            7 => scope.GetRequiredService<SearchQueries>().Suggest(new SuggestRequest { Q = q }).Count,
            _ => scope.GetRequiredService<TriviaQueries>().List(
                new TriviaListQuery
                {
                    Q = q is null ? null : SearchQuery.Parse(q),
                    Tag = url.Parameters.TryGetValue("tag", out var tag) ? [tag] : null,
                    YearFrom = url.Parameters.ContainsKey("yearFrom") ? url.Number("yearFrom", 0) : null,
                    YearTo = url.Parameters.ContainsKey("yearTo") ? url.Number("yearTo", 0) : null,
                    Sort = url.Parameters.TryGetValue("sort", out var sort) ? SortOrder.Of(sort) : null,
                    Facets = url.Parameters.TryGetValue("facets", out var facets) ? [ValueList.Of(facets)] : null,
                },
                page).TotalCount,
        };
    }

    /// <summary>
    /// Times every scenario: first at least <paramref name="warmUp"/> runs and <paramref name="warmUpTime"/> of
    /// them, untimed, then <paramref name="iterations"/> timed runs. The warm-up time matters: .NET's tiered JIT
    /// recompiles a hot method optimized only once no new code has been compiled for 100 ms, so a path's first few
    /// hundred runs can time code compiled for start-up (docs/benchmarks.md, "What each figure is", says by how much).
    /// With a warm-up time, the warm-up also waits for the JIT to go quiet (<see cref="WarmUp"/>).
    /// </summary>
    public async Task<IReadOnlyList<Timing>> MeasureAsync(int iterations, int warmUp = 10, TimeSpan warmUpTime = default, string? only = null, CancellationToken cancellationToken = default)
    {
        SqlCommandCounter.Start();
        var timings = new List<Timing>();
        foreach (var scenario in await ScenariosAsync(cancellationToken))
        {
            if (only is not null && !scenario.Name.Contains(only, StringComparison.OrdinalIgnoreCase) && !scenario.Note.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            timings.Add(await MeasureAsync(scenario, iterations, warmUp, warmUpTime));
        }

        return timings;
    }

    private async Task<Timing> MeasureAsync(Scenario scenario, int iterations, int warmUp, TimeSpan warmUpTime)
    {
        var warming = Stopwatch.StartNew();
        var warm = new WarmUp(warmUp, warmUpTime, () => JitInfo.GetCompiledMethodCount());
        for (var i = 0; !warm.IsOver(i, warming.Elapsed); i++)
        {
            await using var scope = services.CreateAsyncScope();
            await scenario.Run!(scope.ServiceProvider);
        }

        var elapsed = new List<double>();
        var found = 0;
        var commands = SqlCommandCounter.Count;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var clock = Stopwatch.StartNew();
            found = await scenario.Run!(scope.ServiceProvider);
            elapsed.Add(clock.Elapsed.TotalMilliseconds);
        }

        var perRun = (double)(SqlCommandCounter.Count - commands) / iterations;
        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / iterations;
        elapsed.Sort();
        double Percentile(double p) => elapsed[Math.Max(0, (int)Math.Ceiling(p * elapsed.Count) - 1)];
        return new Timing(scenario.Name, elapsed.Count, Percentile(0.50), Percentile(0.95), Percentile(0.99), found, scenario.Note, perRun, cpuPerRun);
    }

    private static Task<int> Trivia(IServiceProvider scope, TriviaListQuery query, PageRequest? page = null) =>
        Task.FromResult(scope.GetRequiredService<TriviaQueries>().List(query, page ?? new PageRequest()).TotalCount);
}
