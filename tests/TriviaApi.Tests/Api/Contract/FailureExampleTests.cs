using System.Net;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Data;
using TriviaApi.Search.Index;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>
/// The document's examples of answers the seed cannot give on demand are what the server answers once the failure is
/// provoked. Here: a search before its index exists, an answer to a question whose fact is gone, and one session too
/// many. The others are
/// held where their failure is already provoked: the 500 (<c>ServerErrorTests</c>), the 413 and the 415
/// (<c>HttpHygieneTests</c>), the session store's 503 (<c>ReadOnlyServingTests</c>).
/// </summary>
public sealed class FailureExampleTests : IDisposable
{
    private readonly TriviaApiFactory _api = new();

    [Fact]
    public async Task A_search_before_the_index_exists_is_the_documented_503()
    {
        // Started, then its index taken away before any search: as while a first start-up is still building it. Without
        // the keeper, whose first check at start-up would otherwise race the deletion and rebuild the folder under it.
        var client = _api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Remove(s.Single(d => d.ImplementationType == typeof(SearchIndexKeeper)))))
            .CreateClient();
        Directory.Delete(Path.ChangeExtension(_api.DatabasePath, ".search"), recursive: true);

        var response = await client.GetAsync(new Uri("/api/v1/search?q=piano", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        await RecordedExamples.AssertAnswerAsync("any.503", "a search while the index is being built (the answer carries Retry-After: 5)", response);
    }

    [Fact]
    public async Task An_answer_to_a_question_whose_fact_an_import_removed_is_the_documented_404()
    {
        var client = _api.CreateClient();
        var quiz = await client.GetJsonAsync("/api/v1/quiz?count=1&film=la-la-land&q=ci%C3%BAmes&hideAnswers=true");
        var question = quiz.GetProperty("questions")[0].GetProperty("id").GetString()!;
        await using (var scope = _api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TriviaDbContext>().Facts.Where(f => f.Id == 4).ExecuteDeleteAsync();
        }

        var response = await client.PostAsync(new Uri("/api/v1/quiz/answers", UriKind.Relative),
            new StringContent($$"""{"question":"{{question}}","answer":2}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await RecordedExamples.AssertAnswerAsync("checkQuizAnswer.404", "POST /api/v1/quiz/answers with a question on fact 4, which an import has since removed", response);
    }

    [Fact]
    public async Task Creating_sessions_past_the_limit_is_the_documented_429()
    {
        // At the limit a server has unless configured otherwise, not the one the other tests lift.
        using var limited = new TriviaApiFactory { Settings = { ["Sessions:CreationsPerMinute"] = "30" } };
        var client = limited.CreateClient();
        HttpResponseMessage response;
        do
        {
            response = await client.PostAsync(new Uri("/api/v1/trivia/sessions", UriKind.Relative), null);
        }
        while (response.StatusCode == HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        await RecordedExamples.AssertAnswerAsync("createTriviaSession.429", "POST /api/v1/trivia/sessions, the 31st from one client within a minute", response, numbersInTextVary: true);
    }

    public void Dispose() => _api.Dispose();
}
