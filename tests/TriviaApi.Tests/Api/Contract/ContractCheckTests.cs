namespace TriviaApi.Tests.Api.Contract;

/// <summary>The checker every integration response passes through does refuse what the document does not declare.</summary>
[Collection(SeededApi.Name)]
public class ContractCheckTests(TriviaApiFactory factory)
{
    private static readonly HashSet<string> ListHeaders = new(["ETag", "Cache-Control", "Link"], StringComparer.OrdinalIgnoreCase);

    private async Task<OpenApiContract> ContractAsync() =>
        new(await factory.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));

    [Fact]
    public async Task A_real_answer_keeps_the_contract()
    {
        var body = await factory.CreateClient().GetStringAsync(new Uri("/api/v1/films?q=chuva", UriKind.Relative));

        Assert.Empty((await ContractAsync()).Check("GET", "/api/v1/films", 200, "application/json; charset=utf-8", ListHeaders, body));
    }

    [Fact]
    public async Task A_body_off_the_schema_breaks_it()
    {
        var violations = (await ContractAsync()).Check("GET", "/api/v1/films", 200, "application/json", ListHeaders, """{"items":[{"id":"um"}],"pageSize":20}""");

        Assert.Contains(violations, v => v.Contains("schema", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_undeclared_status_content_type_or_missing_header_breaks_it()
    {
        var contract = await ContractAsync();

        Assert.NotEmpty(contract.Check("GET", "/api/v1/films", 418, "application/json", ListHeaders, "{}"));
        Assert.NotEmpty(contract.Check("GET", "/api/v1/films/la-la-land", 404, "text/html", ListHeaders, "<p>não</p>"));
        Assert.NotEmpty(contract.Check("GET", "/api/v1/films", 200, "application/json", new HashSet<string>(), """{"items":[],"pageSize":20,"totalCount":0,"totalPages":0}"""));
    }
}
