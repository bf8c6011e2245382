using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Data;
using TriviaApi.Search;

namespace TriviaApi.Tests.Api;

/// <summary>On its own database, since it rewrites the postings: postings for every word of the seed change no page, of one word or several.</summary>
public class SearchRankingTests(TriviaApiFactory factory) : IClassFixture<TriviaApiFactory>
{
    // Each URL is asked twice, so the server's output cache must not answer the second time.
    private readonly WebApplicationFactory<Program> _api = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IOutputCacheStore, NothingCached>()));

    [Theory]
    [InlineData("/api/v1/trivia?q=piano")]
    [InlineData("/api/v1/trivia?q=gosling&pageSize=2&page=2")]
    [InlineData("/api/v1/trivia?q=filme&pageSize=5")]
    [InlineData("/api/v1/trivia?q=emma%20stone")]
    [InlineData("/api/v1/trivia?q=filme%20stone&pageSize=3")]
    [InlineData("/api/v1/trivia?q=filme&page=1000000&pageSize=100")]
    [InlineData("/api/v1/trivia?q=filme&film=la-la-land&pageSize=3")]
    [InlineData("/api/v1/trivia?q=gosling&person=ryan-gosling")]
    [InlineData("/api/v1/trivia?q=filme&mentions=cantando-na-chuva-1952")]
    [InlineData("/api/v1/trivia?q=filme&film=la-la-land&tag=music&yearFrom=2000")]
    [InlineData("/api/v1/trivia?q=filme%20-piano")]
    [InlineData("/api/v1/trivia?q=piano%20OR%20gosling&pageSize=5")]
    [InlineData("/api/v1/trivia?q=gosling%20OR%20stone%20-piano&person=ryan-gosling")]
    [InlineData("/api/v1/search?q=gosling")]
    [InlineData("/api/v1/search?q=ryan%20gosling")]
    [InlineData("/api/v1/search?q=filme&type=trivia")]
    public async Task A_page_ranked_from_postings_is_the_page_of_the_full_ranking(string url)
    {
        await PostingsForEveryWordAsync(false);
        var full = (await _api.CreateClient().GetJsonAsync(url)).GetRawText();
        await PostingsForEveryWordAsync(true);

        Assert.Equal(full, (await _api.CreateClient().GetJsonAsync(url)).GetRawText());
    }

    private async Task PostingsForEveryWordAsync(bool present)
    {
        await using var scope = _api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TriviaDbContext>();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlAsync($"DELETE FROM FactSearchPostings");
        if (present)
        {
            await SearchIndex.RebuildPostingsAsync(db, default, minFacts: 1);
            Assert.NotNull(await FullTextSearch.BestFactsAsync(db, SearchQuery.Parse("piano"), depth: 20, default));
        }
    }
}
