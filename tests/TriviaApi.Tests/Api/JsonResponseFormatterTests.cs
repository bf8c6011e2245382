using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Extensions.Primitives;
using TriviaApi.Api;
using TriviaApi.Api.Resources;
using TriviaApi.Facts;
using TriviaApi.Features;
using TriviaApi.Features.Search;

namespace TriviaApi.Tests.Api;

public sealed class JsonResponseFormatterTests
{
    private static readonly TriviaFactResponse Fact = new(
        7, "Émile disse \"não\" a <b>Mia</b> & partiu — 100% certo", "pt-BR", new FilmRef(1, "la-la-land", "La La Land: Cantando Estações", 2016),
        [new PersonRef(4, "john-legend", "John Legend")], [], [new CharacterRef(2, "mia-dolan", "Mia Dolan")],
        [new TagRef("music", "Música", "Music")], new SourceRef("la-la-land.pt-BR.txt", 4), Score: 3.1415926535, Snippet: "…<mark>piano</mark> ção…");

    [Fact]
    public async Task A_page_is_written_byte_for_byte_as_MVCs_own_formatter_writes_it()
    {
        var page = new PagedList<TriviaFactResponse>([Fact, Fact with { Score = null, Snippet = null }], new PageRequest { Page = 2, PageSize = 2 }, 5, "aWR8Mnw3")
        {
            Facets = new Facets([new TagCount("music", "Música", "Music", 3)], null, []),
        };

        Assert.Equal(await WrittenByMvc(page), await WrittenByOurs(page));
    }

    [Fact]
    public async Task A_list_declared_as_an_interface_is_written_as_MVC_writes_it()
    {
        IReadOnlyList<Suggestion> suggestions = [new Suggestion("person", "john-legend", "John Legend", "/api/v1/people/john-legend")];

        Assert.Equal(await WrittenByMvc(suggestions), await WrittenByOurs(suggestions));
    }

    [Fact]
    public async Task A_charset_other_than_UTF8_is_written_in_that_charset()
    {
        var body = await Written(new JsonResponseFormatter(ApiOptions()), Fact, Encoding.Unicode);

        Assert.Equal(await WrittenByMvc(Fact), Encoding.UTF8.GetBytes(Encoding.Unicode.GetString(body)));
    }

    /// <summary>MVC's JSON options as the API configures them: the web defaults, the generated writers first.</summary>
    private static JsonSerializerOptions ApiOptions()
    {
        var options = new Microsoft.AspNetCore.Mvc.JsonOptions().JsonSerializerOptions;
        options.TypeInfoResolverChain.Insert(0, ResponseJson.Default);
        return options;
    }

    private static Task<byte[]> WrittenByOurs<T>(T value) => Written(new JsonResponseFormatter(ApiOptions()), value, Encoding.UTF8);

    // As MVC builds its formatter when the options name no encoder (SystemTextJsonOutputFormatter.CreateFormatter).
    private static Task<byte[]> WrittenByMvc<T>(T value) =>
        Written(new SystemTextJsonOutputFormatter(new JsonSerializerOptions(new Microsoft.AspNetCore.Mvc.JsonOptions().JsonSerializerOptions)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }), value, Encoding.UTF8);

    private static async Task<byte[]> Written<T>(TextOutputFormatter formatter, T value, Encoding encoding)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        var writing = new OutputFormatterWriteContext(context, (stream, e) => new StreamWriter(stream, e), typeof(T), value)
        {
            ContentType = new StringSegment("application/json"),
        };
        await formatter.WriteResponseBodyAsync(writing, encoding);
        return body.ToArray();
    }
}
