using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TriviaApi.Api;
using TriviaApi.Benchmarks;
using TriviaApi.Data;
using TriviaApi.Features.Search;
using TriviaApi.Features.Trivia;
using TriviaApi.Importing;

// dotnet run -c Release --project benchmarks/TriviaApi.Benchmarks -- generate DIR FILMS FACTS_PER_FILM [SEED]
//                                                                  -- import DIR DB
//                                                                  -- queries DB [ITERATIONS]
var command = args.FirstOrDefault();
switch (command)
{
    case "generate" when args.Length >= 4:
        var clock = Stopwatch.StartNew();
        CorpusGenerator.Write(args[1], Int(args[2]), Int(args[3]), args.Length > 4 ? Int(args[4]) : 42);
        Console.WriteLine($"generated {Int(args[2]) * Int(args[3]):N0} facts in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    case "import" when args.Length >= 3:
        return await ImportAsync(args[1], args[2]);
    case "queries" when args.Length >= 2:
        return await QueriesAsync(args[1], args.Length > 2 ? Int(args[2]) : 200);
    default:
        Console.Error.WriteLine("usage: generate DIR FILMS FACTS_PER_FILM [SEED] | import DIR DB | queries DB [ITERATIONS]");
        return 2;
}

static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

static ServiceProvider Services(string database)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Trivia"] = $"Data Source={database}" }).Build();
    var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
    services.AddTriviaDatabase(configuration, new HostingEnvironment { ContentRootPath = Directory.GetCurrentDirectory() });
    services.AddScoped<ReferenceResolver>().AddScoped<FilteredFacts>().AddScoped<TriviaQueries>().AddScoped<SearchQueries>();
    return services.BuildServiceProvider();
}

static async Task<int> ImportAsync(string folder, string database)
{
    await using var services = Services(database);
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TriviaDbContext>();
    await db.Database.MigrateAsync();
    var clock = Stopwatch.StartNew();
    var sources = TriviaSourceLoader.Load([folder]);
    var report = await scope.ServiceProvider.GetRequiredService<KnowledgeBaseImporter>().ImportAsync(sources, new Progress<string>(Console.WriteLine));
    var seconds = clock.Elapsed.TotalSeconds;
    var facts = sources.Sum(s => s.Lines.Count);
    Console.WriteLine(report);
    Console.WriteLine($"import: {facts:N0} facts in {seconds:F1} s = {facts / seconds:N0} facts/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576:N0} MB");
    return 0;
}

static async Task<int> QueriesAsync(string database, int iterations)
{
    await using var services = Services(database);
    var scenarios = new (string Name, Func<IServiceProvider, Task> Run)[]
    {
        ("trivia page, filtered by tag", s => s.GetRequiredService<TriviaQueries>().ListAsync(new TriviaListQuery { Tag = ["music"] }, default)),
        ("search, one word", s => s.GetRequiredService<TriviaQueries>().ListAsync(new TriviaListQuery { Q = "piano" }, default)),
        ("search, two words", s => s.GetRequiredService<TriviaQueries>().ListAsync(new TriviaListQuery { Q = "festival veneza" }, default)),
        ("search everywhere", s => s.GetRequiredService<SearchQueries>().SearchAsync(new SearchRequest { Q = "piano" }, default)),
        ("suggestion", s => s.GetRequiredService<SearchQueries>().SuggestAsync(new SuggestRequest { Q = "guim" }, default)),
    };
    foreach (var (name, run) in scenarios)
    {
        var timings = new List<double>();
        for (var i = 0; i < iterations + 10; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var clock = Stopwatch.StartNew();
            await run(scope.ServiceProvider);
            if (i >= 10)
            {
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        double P(double p) => timings[(int)Math.Ceiling(p * timings.Count) - 1];
        Console.WriteLine($"{name,-32} p50 {P(0.50),7:F2} ms   p95 {P(0.95),7:F2} ms   p99 {P(0.99),7:F2} ms   ({iterations} runs after 10 warm-up)");
    }

    return 0;
}
