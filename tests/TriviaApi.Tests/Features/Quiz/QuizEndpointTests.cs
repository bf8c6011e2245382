using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using TriviaApi.Tests.Api;
using TriviaApi.Text;

namespace TriviaApi.Tests.Features.Quiz;

[Collection(SeededApi.Name)]
public class QuizEndpointTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Every_question_has_four_distinct_options_one_correct_and_hides_its_answer()
    {
        for (var quiz = 0; quiz < 10; quiz++)
        {
            foreach (var question in (await _client.GetJsonAsync("/api/v1/quiz?count=10")).GetProperty("questions").EnumerateArray())
            {
                var options = question.GetProperty("options").EnumerateArray().Select(o => o.GetString()!).ToList();
                var answer = options[question.GetProperty("answer").GetInt32()];
                var text = question.GetProperty("question").GetString()!;

                Assert.Equal(4, options.Select(TextFolding.MatchKey).Distinct().Count());
                Assert.Contains("____", text);
                Assert.DoesNotContain(TextFolding.MatchKey(answer), TextFolding.MatchKey(text));
                Assert.Contains(question.GetProperty("kind").GetString(), new[] { "person", "film", "year" });
            }
        }
    }

    [Fact]
    public async Task The_explanation_is_the_whole_fact_the_question_blanks()
    {
        var question = (await _client.GetJsonAsync("/api/v1/quiz?count=1")).GetProperty("questions")[0];
        var fact = await _client.GetJsonAsync(question.GetProperty("factUrl").GetString()!);

        Assert.Equal(fact.GetProperty("text").GetString(), question.GetProperty("explanation").GetString());
        var (before, after) = Split(question.GetProperty("question").GetString()!);
        Assert.StartsWith(before, fact.GetProperty("text").GetString());
        Assert.EndsWith(after, fact.GetProperty("text").GetString());
    }

    [Fact]
    public async Task No_fact_is_asked_twice_in_one_quiz()
    {
        for (var i = 0; i < 10; i++)
        {
            var facts = (await _client.GetJsonAsync("/api/v1/quiz?count=20")).GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("factUrl").GetString()).ToList();

            Assert.Equal(facts.Count, facts.Distinct().Count());
        }
    }

    [Fact]
    public async Task Filters_choose_the_facts_asked_about()
    {
        var quiz = await _client.GetJsonAsync("/api/v1/quiz?count=20&mentions=cantando-na-chuva-1952");

        Assert.All(quiz.GetProperty("questions").EnumerateArray(), q => Assert.Contains(q.GetProperty("factUrl").GetString(), new[] { "/api/v1/trivia/6", "/api/v1/trivia/8" }));
    }

    [Theory]
    [InlineData("easy")]
    [InlineData("medium")]
    [InlineData("hard")]
    public async Task A_difficulty_asked_is_the_difficulty_given(string difficulty)
    {
        var quiz = await _client.GetJsonAsync($"/api/v1/quiz?count=20&difficulty={difficulty}");

        Assert.NotEqual(0, quiz.GetProperty("questions").GetArrayLength());
        Assert.All(quiz.GetProperty("questions").EnumerateArray(), q => Assert.Equal(difficulty, q.GetProperty("difficulty").GetString()));
    }

    [Fact]
    public async Task Fewer_questions_than_asked_come_with_the_reason()
    {
        var quiz = await _client.GetJsonAsync("/api/v1/quiz?count=20");

        Assert.True(quiz.GetProperty("questions").GetArrayLength() < 20);
        Assert.StartsWith("These facts made", quiz.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Hidden_answers_are_checked_on_the_server()
    {
        var question = (await _client.GetJsonAsync("/api/v1/quiz?count=1&hideAnswers=true")).GetProperty("questions")[0];
        Assert.False(question.TryGetProperty("answer", out _));
        Assert.False(question.TryGetProperty("explanation", out _));
        var id = question.GetProperty("id").GetString();

        var results = new List<JsonElement>();
        for (var option = 0; option < 4; option++)
        {
            var response = await _client.PostAsJsonAsync(new Uri("/api/v1/quiz/answers", UriKind.Relative), new { question = id, answer = option });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            results.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
        }

        Assert.Single(results, r => r.GetProperty("correct").GetBoolean());
        var right = results[0].GetProperty("answer").GetInt32();
        Assert.True(results[right].GetProperty("correct").GetBoolean());
        Assert.Equal(question.GetProperty("options")[right].GetString(), results[0].GetProperty("correctOption").GetString());
    }

    [Theory]
    [InlineData("""{"question":"forged","answer":1}""")]
    [InlineData("""{"answer":1}""")]
    [InlineData("""{"question":"x","answer":7}""")]
    [InlineData("""{"question":""")]
    public async Task A_bad_answer_is_a_400_problem(string body)
    {
        var response = await _client.PostAsync(new Uri("/api/v1/quiz/answers", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("count=0")]
    [InlineData("count=21")]
    [InlineData("difficulty=impossible")]
    [InlineData("film=nonexistent-film")]
    public async Task Bad_parameters_are_a_400_problem(string query) =>
        await _client.GetJsonAsync($"/api/v1/quiz?{query}", HttpStatusCode.BadRequest);

    [Fact]
    public async Task Question_ids_are_sealed_with_keys_kept_where_configured()
    {
        var keys = Directory.CreateTempSubdirectory("trivia-keys-");
        try
        {
            using var api = factory.WithWebHostBuilder(builder => builder.UseSetting("DataProtection:KeysPath", keys.FullName));
            await api.CreateClient().GetJsonAsync("/api/v1/quiz?count=1");

            Assert.NotEmpty(keys.EnumerateFiles("key-*.xml"));
        }
        finally
        {
            keys.Delete(recursive: true);
        }
    }

    private static (string Before, string After) Split(string question)
    {
        var first = question.IndexOf("____", StringComparison.Ordinal);
        var last = question.LastIndexOf("____", StringComparison.Ordinal);
        return (question[..first], question[(last + 4)..]);
    }
}
