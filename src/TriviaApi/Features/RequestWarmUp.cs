using System.Buffers;
using System.Diagnostics;
using System.Runtime;
using Microsoft.Extensions.Options;
using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Features.Search;
using TriviaApi.Features.Trivia;
using TriviaApi.Search;
using TriviaApi.Search.Index;

namespace TriviaApi.Features;

/// <summary>
/// Before the server listens (or, when the search index is rebuilt at start-up, once it is), runs the reads that its
/// uncached requests run (searches of each shape, with pages, topics, years, facets and sorts; lists without words;
/// search across kinds; completions) on words taken from the facts it serves, and writes their answers as JSON to
/// nowhere. A fresh process compiles each method twice, the second time optimized once it is hot, and the index
/// builds its per-word and per-segment arrays on first use: run by the first users' requests, that took tens of
/// seconds of slow answers. Runs in process, so <c>/metrics</c> counts no request for it (its searches are in the
/// search histogram); ends once the JIT has compiled nothing new for a second, or after <c>WarmUp:Seconds</c> (20 in
/// Production, 0, that is none, elsewhere), whichever is first.
/// </summary>
public sealed partial class RequestWarmUp(
    TriviaQueries trivia, SearchQueries search, IOptions<Microsoft.AspNetCore.Mvc.JsonOptions> json, IConfiguration configuration,
    IHostEnvironment environment, SearchIndexStore index, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime,
    ILogger<RequestWarmUp> logger) : IStartupStep
{
    private static readonly TimeSpan JitQuiet = TimeSpan.FromSeconds(1);

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var longest = TimeSpan.FromSeconds(configuration.GetValue("WarmUp:Seconds", environment.IsProduction() ? 20 : 0));
        if (longest <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        if (index.IsBehind)
        {
            // The index is rebuilt once the server listens (SearchIndexKeeper): warming up on it now would only meet
            // "not ready", so the warm-up follows the rebuild, beside the first requests.
            LogDeferred(logger);
            _ = WarmOnceSearchableAsync(longest, lifetime.ApplicationStopping);
            return Task.CompletedTask;
        }

        WarmAndSay(longest, cancellationToken);
        return Task.CompletedTask;
    }

    private async Task WarmOnceSearchableAsync(TimeSpan longest, CancellationToken stopping)
    {
        try
        {
            await index.WhenCurrentAsync(stopping);
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<RequestWarmUp>().WarmAndSay(longest, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The server stopped first.
        }
    }

    private void WarmAndSay(TimeSpan longest, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var rounds = Warm(longest, cancellationToken);
            LogWarm(logger, rounds, clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A warm-up is never a reason not to serve: whatever failed here, the request that meets it says so.
            LogFailed(logger, e.Message);
        }
    }

    /// <summary>
    /// Runs rounds of reads, at least one per word taken from the facts, until the JIT has compiled nothing new for a
    /// second or <paramref name="longest"/> has passed; returns how many rounds ran (none without facts to take words from).
    /// </summary>
    public int Warm(TimeSpan longest, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var words = Words();
        var rounds = 0;
        var compiled = JitInfo.GetCompiledMethodCount();
        var compiledAt = TimeSpan.Zero;
        while (words.Count >= 2 && clock.Elapsed < longest && (clock.Elapsed - compiledAt < JitQuiet || rounds < words.Count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Round(rounds++, words);
            if (JitInfo.GetCompiledMethodCount() is var now && now != compiled)
            {
                (compiled, compiledAt) = (now, clock.Elapsed);
            }
        }

        return rounds;
    }

    /// <summary>
    /// Words of at least five letters from the first facts, as a user would type them: what searches ask. Few: the
    /// index keeps the sets of the first common words asked until it changes, and these should not crowd out the users'.
    /// </summary>
    private List<string> Words()
    {
        var facts = trivia.List(new TriviaListQuery(), new PageRequest { PageSize = PageRequest.MaxPageSize });
        return [.. facts.Items
            .SelectMany(f => f.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 5 && w.All(char.IsLetter))
            .Select(w => w.ToLowerInvariant())
            .Distinct()
            .Take(8)];
    }

    /// <summary>One request of each shape the API's uncached reads take, with the round's words, topic, year and page.</summary>
    private void Round(int round, List<string> words)
    {
        var word = SearchQuery.Parse(words[round % words.Count]);
        var pair = SearchQuery.Parse($"{words[round % words.Count]} {words[(round + 1) % words.Count]}");
        var tag = TagTaxonomy.Slugs[round % TagTaxonomy.Slugs.Count];
        var year = 1950 + (round * 7 % 70);
        var page = new PageRequest { Page = 1 + (round % 5), PageSize = 10 + (round % 41) };
        object[] answers =
        [
            trivia.List(new TriviaListQuery { Q = word }, page),
            trivia.List(new TriviaListQuery { Q = pair }, new PageRequest { PageSize = page.PageSize }),
            trivia.List(new TriviaListQuery { Q = word, Tag = [tag], YearFrom = year }, new PageRequest()),
            trivia.List(new TriviaListQuery { Q = word, Facets = [ValueList.Of("tag,person,film")] }, page),
            trivia.List(new TriviaListQuery { Q = word, Sort = SortOrder.By("year"), YearTo = year + 10 }, new PageRequest { PageSize = page.PageSize }),
            trivia.List(new TriviaListQuery { Tag = [tag], YearFrom = year }, new PageRequest { Page = 1 + (round % 20) }),
            search.Search(new SearchRequest { Q = pair, PageSize = page.PageSize }),
            search.Suggest(new SuggestRequest { Q = words[round % words.Count][..4] }),
        ];
        var options = json.Value.JsonSerializerOptions;
        var body = new ArrayBufferWriter<byte>();
        foreach (var answer in answers)
        {
            JsonResponseFormatter.Write(body, answer, options.GetTypeInfo(answer.GetType()), JsonResponseFormatter.Writing(options));
            body.ResetWrittenCount();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed up: {Rounds} rounds of reads in {Seconds:0.0} s.")]
    private static partial void LogWarm(ILogger logger, int rounds, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The warm-up waits for the search index's rebuild.")]
    private static partial void LogDeferred(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The warm-up stopped early, and the server serves anyway: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
