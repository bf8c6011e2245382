using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TriviaApi.Data;
using TriviaApi.Importing;
using TriviaApi.Search.Index;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Api;

/// <summary>On its own database: an import made elsewhere (the command line, another process) is searched by the running server.</summary>
public sealed class SearchInStepTests(TriviaApiFactory factory) : IClassFixture<TriviaApiFactory>, IDisposable
{
    // The same URL is asked before and after the import, so the server's output cache must not answer the second time.
    private readonly WebApplicationFactory<Program> _api = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IOutputCacheStore, NothingCached>()));
    private readonly TriviaFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_import_by_another_process_is_searched_by_the_running_server()
    {
        var client = _api.CreateClient();
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/trivia?q=xilofone")).GetProperty("totalCount").GetInt32());

        // Another process: its own connection, its own index store and writer over the same folder.
        _folder.WriteManifest("outro.pt-BR.json", "Outro Filme", 2002);
        var file = _folder.WriteFacts("outro.pt-BR.txt", "Um xilofone aparece na cena final.");
        using (var store = new SearchIndexStore(Path.ChangeExtension(factory.DatabasePath, ".search")))
        {
            await using var db = new TriviaDbContext(new DbContextOptionsBuilder<TriviaDbContext>().UseSqlite($"Data Source={factory.DatabasePath}").Options);
            await new KnowledgeBaseImporter(db, new SearchIndexWriter(store, NullLogger<SearchIndexWriter>.Instance)).ImportAsync(TriviaSourceLoader.Load([file]));
        }

        Assert.Equal(1, (await client.GetJsonAsync("/api/v1/trivia?q=xilofone")).GetProperty("totalCount").GetInt32());
        Assert.Contains("outro-filme", (await client.GetJsonAsync("/api/v1/search/suggest?q=outr")).Strings("slug"));
    }
}
