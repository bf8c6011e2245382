using System.Net;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TriviaApi.Data;
using TriviaApi.Importing;
using TriviaApi.Search.Analysis;
using TriviaApi.Search.Index;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Api;

/// <summary>
/// An index behind the database is rebuilt by the server while it serves: meanwhile searches answer 503 with a problem
/// body and the readiness check says not ready, never results from an index that misses facts; afterwards search finds
/// everything the database holds. Whether the index fell behind before the start or while the server ran.
/// </summary>
public sealed class IndexRebuildWhileServingTests : IDisposable
{
    private readonly TriviaFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_server_started_on_an_index_behind_serves_at_once_and_searches_once_it_is_rebuilt()
    {
        using var api = new TriviaApiFactory { DatabasePath = Path.Combine(Path.GetTempPath(), $"trivia-behind-{Guid.NewGuid():N}.db") };
        await ImportAsync(api.DatabasePath, "primeiro", "Uma frase sobre o piano.", withIndex: true);
        await ImportAsync(api.DatabasePath, "segundo", "Uma frase sobre o xilofone.", withIndex: false);

        // Another process's writer holds the index, so the rebuild waits for it and what the server answers meanwhile can be seen.
        using var directory = FSDirectory.Open(Path.ChangeExtension(api.DatabasePath, ".search"));
        var other = new IndexWriter(directory, new IndexWriterConfig(PortugueseAnalyzer.Version, PortugueseAnalyzer.Instance) { OpenMode = OpenMode.APPEND });
        var client = NothingCached(api).CreateClient();
        var search = await client.GetAsync(new Uri("/api/v1/trivia?q=piano", UriKind.Relative));
        var meanwhile = (search.StatusCode, search.Content.Headers.ContentType?.MediaType, search.Headers.RetryAfter is not null,
            await StatusAsync(client, "/health/ready"), await StatusAsync(client, "/health/live"), await StatusAsync(client, "/api/v1/films"));
        other.Rollback();

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "application/problem+json", true, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK, HttpStatusCode.OK), meanwhile);
        Assert.Equal(1, (await EventuallyAsync(client, "/api/v1/trivia?q=xilofone", page => page.GetProperty("totalCount").GetInt32() == 1)).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await client.GetJsonAsync("/api/v1/trivia?q=piano")).GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/health/ready"));
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("soon")]
    [InlineData("0")]
    public async Task An_index_an_import_elsewhere_left_behind_is_rebuilt_by_the_running_server(string checkSeconds)
    {
        // A setting that is not a positive number of seconds is said in the log, and the default (5 s) kept.
        using var api = new TriviaApiFactory { Settings = { ["Search:CheckSeconds"] = checkSeconds } };
        var client = NothingCached(api).CreateClient();
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/trivia?q=xilofone")).GetProperty("totalCount").GetInt32());

        // As an import from the command line killed between the database's commit and the index's.
        await ImportAsync(api.DatabasePath, "outro", "Um xilofone aparece na cena final.", withIndex: false);

        await EventuallyAsync(client, "/api/v1/trivia?q=xilofone", page => page.GetProperty("totalCount").GetInt32() == 1);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/health/ready"));
    }

    private static WebApplicationFactory<Program> NothingCached(TriviaApiFactory api) =>
        api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IOutputCacheStore, Api.NothingCached>()));

    /// <summary>Imports one film's facts into the database file, as another process would: its index too, or not at all.</summary>
    private async Task ImportAsync(string database, string name, string fact, bool withIndex)
    {
        _folder.WriteManifest($"{name}.pt-BR.json", $"Filme {name}", 2001);
        var sources = TriviaSourceLoader.Load([_folder.WriteFacts($"{name}.pt-BR.txt", fact)]);
        await using var db = new TriviaDbContext(new DbContextOptionsBuilder<TriviaDbContext>().UseSqlite($"Data Source={database};Pooling=False").Options);
        await db.Database.MigrateAsync();
        if (!withIndex)
        {
            await new KnowledgeBaseImporter(db).ImportAsync(sources);
            return;
        }

        using var store = new SearchIndexStore(Path.ChangeExtension(database, ".search"));
        await new KnowledgeBaseImporter(db, new SearchIndexWriter(store, NullLogger<SearchIndexWriter>.Instance)).ImportAsync(sources);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url) =>
        (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode;

    /// <summary>GETs the URL until its page satisfies <paramref name="done"/>, answering 503 meanwhile at most; a minute at most.</summary>
    private static async Task<JsonElement> EventuallyAsync(HttpClient client, string url, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"GET {url}: {(int)response.StatusCode}: {body}");
            if (response.StatusCode == HttpStatusCode.OK && JsonDocument.Parse(body).RootElement.Clone() is var page && done(page))
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < deadline, $"GET {url} still answered {(int)response.StatusCode} after a minute: {body}");
            await Task.Delay(50);
        }
    }
}
