using System.Net;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Features.Tags;

[Collection(SeededApi.Name)]
public class TagEndpointTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_topic_of_the_taxonomy_is_listed_with_both_names()
    {
        var tags = (await _client.GetJsonAsync("/api/v1/tags")).Items();

        Assert.Equal(12, tags.GetArrayLength());
        Assert.Contains(tags.EnumerateArray(), t => t.GetProperty("slug").GetString() == "music" && t.GetProperty("namePt").GetString() == "Música");
    }

    [Fact]
    public async Task A_topic_counts_its_facts_and_lists_them()
    {
        Assert.Equal(2, (await _client.GetJsonAsync("/api/v1/tags/festivals")).GetProperty("triviaCount").GetInt32());
        Assert.Equal(new[] { 18, 23 }, (await _client.GetJsonAsync("/api/v1/tags/festivals/trivia")).Lines());
    }

    [Fact]
    public async Task Topics_sort_by_trivia_count() =>
        Assert.Equal(0, (await _client.GetJsonAsync("/api/v1/tags?sort=triviaCount")).Items()[0].GetProperty("triviaCount").GetInt32());

    [Fact]
    public async Task An_unknown_topic_is_a_404_problem() =>
        Assert.Equal("No tag has the slug 'nope'.", (await _client.GetJsonAsync("/api/v1/tags/nope", HttpStatusCode.NotFound)).GetProperty("detail").GetString());
}
