using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Benchmarks;
using TriviaApi.Benchmarks.Extraction;
using TriviaApi.Data;
using TriviaApi.Importing;
using TriviaApi.Search.Index;

// dotnet run -c Release --project benchmarks/TriviaApi.Benchmarks -- generate DIR FILMS FACTS_PER_FILM [SEED]
//                                                                  -- import DIR DB
//                                                                  -- rebuild DB       (the search index rebuilt from the database)
//                                                                  -- floor-script DIR OUT_DIR
//                                                                  -- lucene-floor DIR INDEX_DIR
//                                                                  -- queries DB [ITERATIONS [FILTER]]
//                                                                  -- extraction DIR   (extraction against a gold, not a timing)
// benchmarks/run SIZE runs them all, plus the HTTP load, and prints the tables of docs/benchmarks.md.
// Lines starting with "bench:" are for that script to read.
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
    case "rebuild" when args.Length >= 2:
        return await RebuildAsync(args[1]);
    case "floor-script" when args.Length >= 3:
        var facts = SqliteFloorScript.Write(args[1], args[2]);
        Console.WriteLine($"bench: floor-script facts={facts} script={Path.GetFullPath(Path.Combine(args[2], SqliteFloorScript.ScriptName))}");
        return 0;
    case "lucene-floor" when args.Length >= 3:
        var (indexed, elapsed) = LuceneFloor.Index(args[1], args[2]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench: lucene-floor facts={indexed} seconds={elapsed.TotalSeconds:F2} threads={Environment.ProcessorCount}"));
        return 0;
    case "queries" when args.Length >= 2:
        return await QueriesAsync(args[1], args.Length > 2 ? Int(args[2]) : 200, args.Length > 3 ? args[3] : null);
    case "extraction":
        return ExtractionCommand.Run(args, Console.Out, Console.Error);
    default:
        Console.Error.WriteLine($"usage: generate DIR FILMS FACTS_PER_FILM [SEED] | import DIR DB | rebuild DB | floor-script DIR OUT_DIR | lucene-floor DIR INDEX_DIR | queries DB [ITERATIONS [FILTER]] | {ExtractionCommand.Usage}");
        return 2;
}

static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

static async Task<int> ImportAsync(string folder, string database)
{
    await using var services = BenchmarkServices.For(database);
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TriviaDbContext>();
    await db.Database.MigrateAsync();
    var clock = Stopwatch.StartNew();
    var sources = TriviaSourceLoader.Load([folder]);
    var report = await scope.ServiceProvider.GetRequiredService<KnowledgeBaseImporter>().ImportAsync(sources, new Progress<string>(Console.WriteLine));
    var seconds = clock.Elapsed.TotalSeconds;
    var facts = sources.Sum(s => s.LineCount);
    var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576;
    Console.WriteLine(report);
    var gc = (Server: System.Runtime.GCSettings.IsServerGC, Pauses: GC.GetTotalPauseDuration().TotalSeconds, Allocated: GC.GetTotalAllocatedBytes() / 1_048_576);
    Console.WriteLine($"import: {facts:N0} facts in {seconds:F1} s = {facts / seconds:N0} facts/s; peak working set {peak:N0} MB");
    Console.WriteLine($"import: {(gc.Server ? "server" : "workstation")} GC, paused {gc.Pauses:F1} s, {GC.CollectionCount(0):N0} / {GC.CollectionCount(1):N0} / {GC.CollectionCount(2):N0} collections, {gc.Allocated:N0} MB allocated");

    // The JIT's time on every thread, the process start included: what a build compiled ahead of time (ReadyToRun) spares.
    var jit = (Seconds: System.Runtime.JitInfo.GetCompilationTime().TotalSeconds, Methods: System.Runtime.JitInfo.GetCompiledMethodCount());
    Console.WriteLine($"import: the JIT compiled {jit.Methods:N0} methods in {jit.Seconds:F1} s");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench: import facts={facts} seconds={seconds:F2} peak_mb={peak} gc_pause_s={gc.Pauses:F2} allocated_mb={gc.Allocated} jit_s={jit.Seconds:F2} jit_methods={jit.Methods}"));
    return 0;
}

// What a server started on a database whose index is missing, stale or corrupt does once it listens (SearchIndexKeeper).
static async Task<int> RebuildAsync(string database)
{
    await using var services = BenchmarkServices.For(database);
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<TriviaDbContext>();
    var facts = await db.Facts.CountAsync();
    var clock = Stopwatch.StartNew();
    await scope.ServiceProvider.GetRequiredService<SearchIndexWriter>().RebuildAsync(db, CancellationToken.None);
    var seconds = clock.Elapsed.TotalSeconds;
    var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576;
    Console.WriteLine($"rebuild: {facts:N0} facts in {seconds:F1} s = {facts / seconds:N0} facts/s; peak working set {peak:N0} MB, {GC.GetTotalAllocatedBytes() / 1_048_576:N0} MB allocated");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench: rebuild facts={facts} seconds={seconds:F2} peak_mb={peak}"));
    return 0;
}

// FILTER: only the scenarios whose name or URL holds it (case-insensitive), to compare builds on a few.
static async Task<int> QueriesAsync(string database, int iterations, string? filter)
{
    await using var services = BenchmarkServices.For(database);

    // A database imported by an older build gets this build's schema and search index first, as the app's start-up gives it.
    await services.PrepareDatabaseAsync();

    var timings = await new QueryBenchmark(services).MeasureAsync(iterations, warmUp: 10, warmUpTime: TimeSpan.FromSeconds(2), filter);
    Console.WriteLine($"In process, {iterations} timed runs each, after warm-up runs for 2 s (at least 10) and until the JIT compiled nothing for 1 s (at most 20 s):");
    Console.WriteLine();
    Console.WriteLine("| query | p50 | p95 | p99 | CPU per run | found | SQL commands per run | what |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|");
    foreach (var t in timings)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {t.Name} | {t.P50:F2} ms | {t.P95:F2} ms | {t.P99:F2} ms | {t.CpuMs:F2} ms | {t.Found:N0} | {t.SqlCommands:0.#} | {t.Note} |"));
    }

    return 0;
}

/// <summary>
/// Internal, so that the tests, which reference this project for its harness, see one <c>Program</c>: the API's.
/// (ASP.NET Core makes a top-level <c>Program</c> public unless it is declared otherwise.)
/// </summary>
internal sealed partial class Program;
