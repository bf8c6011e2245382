using System.Net;
using System.Text.Json;

namespace TriviaApi.Tests.Api.Contract;

/// <summary>Where the document and the API used to disagree, they now say the same.</summary>
[Collection(SeededApi.Name)]
public class DocumentAgreementTests(TriviaApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> OperationAsync(string path, string method = "get") =>
        (await _client.GetJsonAsync("/swagger/v1/swagger.json")).GetProperty("paths").GetProperty(path).GetProperty(method);

    private static JsonElement[] Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var list) ? [.. list.EnumerateArray()] : [];

    [Theory]
    [InlineData("/api/v1/search")]
    [InlineData("/api/v1/search/suggest")]
    public async Task The_search_words_are_declared_required_as_they_are(string path)
    {
        var q = Parameters(await OperationAsync(path)).Single(p => p.GetProperty("name").GetString() == "q");

        Assert.True(q.GetProperty("required").GetBoolean());
        await _client.GetJsonAsync(path, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Search_declares_no_parameter_it_refuses()
    {
        var names = Parameters(await OperationAsync("/api/v1/search")).Select(p => p.GetProperty("name").GetString()).ToList();

        Assert.DoesNotContain("kindsAsked", names);
        foreach (var name in names)
        {
            var response = await _client.GetAsync(new Uri($"/api/v1/search?q=piano&{name}=x", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Unknown query parameter", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/v1/films/{idOrSlug}/trivia", "/api/v1/films/la-la-land/trivia", "film")]
    [InlineData("/api/v1/films/{idOrSlug}/people", "/api/v1/films/la-la-land/people", "film")]
    [InlineData("/api/v1/people/{idOrSlug}/trivia", "/api/v1/people/john-legend/trivia", "person")]
    [InlineData("/api/v1/people/{idOrSlug}/films", "/api/v1/people/john-legend/films", "person")]
    public async Task A_nested_route_neither_declares_nor_takes_the_filter_its_path_sets(string path, string url, string filter)
    {
        var names = Parameters(await OperationAsync(path)).Select(p => p.GetProperty("name").GetString());

        Assert.DoesNotContain(filter, names);
        var problem = await _client.GetJsonAsync($"{url}?{filter}=nao-existe", HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(filter, out _));
    }

    [Theory]
    [InlineData("/embed/trivia/random")]
    [InlineData("/embed/trivia/{id}")]
    public async Task An_embed_card_is_declared_html_and_its_errors_problem_json(string path)
    {
        var responses = (await OperationAsync(path)).GetProperty("responses");

        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("text/html", out _));
        foreach (var status in new[] { "400", "404" })
        {
            Assert.Equal(["application/problem+json"], responses.GetProperty(status).GetProperty("content").EnumerateObject().Select(c => c.Name));
        }
    }

    [Fact]
    public async Task The_daily_404_declares_its_problem()
    {
        var notFound = (await OperationAsync("/api/v1/trivia/daily")).GetProperty("responses").GetProperty("404");

        Assert.True(notFound.GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task Posting_an_answer_that_is_not_json_is_a_declared_415()
    {
        var responses = (await OperationAsync("/api/v1/quiz/answers", "post")).GetProperty("responses");

        var response = await _client.PostAsync(new Uri("/api/v1/quiz/answers", UriKind.Relative), new StringContent("question=x&answer=1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.True(responses.TryGetProperty("415", out _));
    }

    [Fact]
    public async Task Only_reads_declare_304()
    {
        var paths = (await _client.GetJsonAsync("/swagger/v1/swagger.json")).GetProperty("paths");

        var with304 = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject())
            .Where(o => o.Value.GetProperty("responses").TryGetProperty("304", out _)).Select(o => o.Name).Distinct();

        Assert.Equal(["get"], with304);
    }

    [Fact]
    public async Task Only_answers_with_an_etag_declare_304()
    {
        var operations = (await _client.GetJsonAsync("/swagger/v1/swagger.json")).GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value).ToList();

        Assert.All(operations, o => Assert.Equal(
            o.GetProperty("responses").TryGetProperty("200", out var ok) && ok.TryGetProperty("headers", out var headers) && headers.TryGetProperty("ETag", out _),
            o.GetProperty("responses").TryGetProperty("304", out _)));
        Assert.DoesNotContain(operations, o => o.GetProperty("operationId").GetString() is "makeQuiz" or "drawRandomTrivia" or "getTriviaCard"
            && o.GetProperty("responses").TryGetProperty("304", out _));
    }

    [Fact]
    public async Task The_429_declares_its_retry_after()
    {
        var tooMany = (await OperationAsync("/api/v1/trivia/sessions", "post")).GetProperty("responses").GetProperty("429");

        Assert.True(tooMany.GetProperty("headers").GetProperty("Retry-After").GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task The_headers_sent_are_declared()
    {
        var ok = (await OperationAsync("/api/v1/films")).GetProperty("responses").GetProperty("200").GetProperty("headers");

        Assert.All(new[] { "ETag", "Link", "Cache-Control" }, header => Assert.True(ok.TryGetProperty(header, out _), header));
    }

    [Fact]
    public async Task Every_operation_is_named()
    {
        var ids = (await _client.GetJsonAsync("/swagger/v1/swagger.json")).GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value.GetProperty("operationId").GetString()).ToList();

        Assert.Contains("listTrivia", ids);
        Assert.Contains("getFilm", ids);
        Assert.Contains("drawRandomTrivia", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Allowed_values_and_ranges_are_in_the_schema()
    {
        var parameters = Parameters(await OperationAsync("/api/v1/quiz")).ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));

        Assert.Equal(["easy", "medium", "hard"], parameters["difficulty"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(20, parameters["count"].GetProperty("maximum").GetInt32());
        var date = Parameters(await OperationAsync("/api/v1/trivia/daily")).Single(p => p.GetProperty("name").GetString() == "date");
        Assert.Equal("date", date.GetProperty("schema").GetProperty("format").GetString());
    }

    [Theory]
    [InlineData("/api/v1/trivia")]
    [InlineData("/api/v1/trivia/random")]
    [InlineData("/api/v1/quiz")]
    [InlineData("/api/v1/films")]
    public async Task A_tag_filter_declares_the_taxonomy_slugs_as_its_enum(string path)
    {
        var tag = Parameters(await OperationAsync(path)).Single(p => p.GetProperty("name").GetString() == "tag").GetProperty("schema");
        var values = tag.TryGetProperty("items", out var items) ? items : tag;

        Assert.Equal(TriviaApi.Domain.TagTaxonomy.Slugs, values.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Facets_are_declared_as_a_list_of_the_facet_names()
    {
        var facets = Parameters(await OperationAsync("/api/v1/trivia")).Single(p => p.GetProperty("name").GetString() == "facets").GetProperty("schema");

        Assert.Equal("array", facets.GetProperty("type").GetString());
        Assert.Equal(TriviaApi.Features.Trivia.TriviaListQuery.FacetNames, facets.GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("TagRef")]
    [InlineData("TagCount")]
    [InlineData("TagSummary")]
    public async Task A_topic_in_a_response_declares_the_taxonomy_slugs(string schema)
    {
        var slug = (await _client.GetJsonAsync("/swagger/v1/swagger.json")).GetProperty("components").GetProperty("schemas")
            .GetProperty(schema).GetProperty("properties").GetProperty("slug");

        Assert.Equal(TriviaApi.Domain.TagTaxonomy.Slugs, slug.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_language_is_declared_open_not_an_enum()
    {
        // Any language tag a trivia file declares is imported, so the set is not closed.
        var language = (await _client.GetJsonAsync("/swagger/v1/swagger.json")).GetProperty("components").GetProperty("schemas")
            .GetProperty("TriviaFactResponse").GetProperty("properties").GetProperty("language");

        Assert.False(language.TryGetProperty("enum", out _));
    }

    [Fact]
    public void Every_problem_example_has_a_type()
    {
        var problems = TriviaApi.Api.OpenApi.ResponseExamples.Recorded
            .Where(e => e.Value["response"] is System.Text.Json.Nodes.JsonObject r && r.ContainsKey("status") && r.ContainsKey("title")).ToList();

        Assert.NotEmpty(problems);
        Assert.All(problems, e => Assert.StartsWith("https://", e.Value["response"]!["type"]?.GetValue<string>() ?? e.Key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Films", "Films: the subjects of trivia files")]
    [InlineData("People", "People named in trivia")]
    [InlineData("Tags", "The topics facts are filed under")]
    [InlineData("Trivia", "Trivia facts, each with the film")]
    public async Task Each_group_is_described_by_its_own_controller(string group, string description)
    {
        var tags = (await _client.GetJsonAsync("/swagger/v1/swagger.json")).GetProperty("tags").EnumerateArray();

        Assert.StartsWith(description, tags.Single(t => t.GetProperty("name").GetString() == group).GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/trivia", "q,film,person,mentions,tag,yearFrom,yearTo,sort,facets,cursor,page,pageSize")]
    [InlineData("/api/v1/films/{idOrSlug}/trivia", "idOrSlug,q,person,mentions,tag,yearFrom,yearTo,sort,facets,cursor,page,pageSize")]
    [InlineData("/api/v1/films", "q,year,yearFrom,yearTo,person,tag,sort,page,pageSize")]
    [InlineData("/api/v1/quiz", "q,film,person,mentions,tag,yearFrom,yearTo,count,difficulty,hideAnswers")]
    public async Task Lists_take_their_filters_first_then_sort_then_paging(string path, string order)
    {
        var names = Parameters(await OperationAsync(path)).Select(p => p.GetProperty("name").GetString());

        Assert.Equal(order, string.Join(",", names));
    }

    [Fact]
    public async Task A_crew_credit_without_a_character_is_declared_nullable()
    {
        var character = (await _client.GetJsonAsync("/swagger/v1/swagger.json")).GetProperty("components").GetProperty("schemas")
            .GetProperty("CreditResponse").GetProperty("properties").GetProperty("character");

        Assert.Contains(character.GetProperty("oneOf").EnumerateArray(), branch => branch.TryGetProperty("nullable", out var n) && n.GetBoolean());
    }
}
