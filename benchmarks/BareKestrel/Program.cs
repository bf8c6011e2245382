using System.Text.Json;

// The HTTP benchmarks' ceiling: Kestrel answering every request with one fixed JSON page held in memory, with no
// routing, controllers, database or serialization per request. benchmarks/run serves the API's own first trivia
// page here (the same bytes), so a figure for the API divided by this one is its share of what the stack allows.
//
//   dotnet benchmarks/BareKestrel/bin/Release/net10.0/BareKestrel.dll [PAGE.json]    (ASPNETCORE_URLS sets the port)
//
// Without a file it serves a built-in page of 20 facts shaped like the API's.
var page = args.Length > 0 ? File.ReadAllBytes(args[0]) : BuiltInPage();

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(context =>
{
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = page.Length;
    return context.Response.Body.WriteAsync(page).AsTask();
});
await app.RunAsync();

static byte[] BuiltInPage()
{
    var film = new { id = 1, slug = "o-segredo-do-mar", title = "O Segredo do Mar", year = 1950 };
    var items = Enumerable.Range(1, 20).Select(id => new
    {
        id,
        text = $"Fato sintético número {id}: Ana Barros teve aulas de piano por 6 meses para viver Helena, segundo o diretor do filme.",
        language = "pt-BR",
        film,
        people = new[] { new { id = 2, slug = "ana-barros", name = "Ana Barros" } },
        films = Array.Empty<object>(),
        characters = new[] { new { id = 3, slug = "helena", name = "Helena" } },
        tags = new[] { new { slug = "music", namePt = "Música", nameEn = "Music" } },
        source = new { file = "sintetico-000000.pt-BR.txt", line = id },
    });
    return JsonSerializer.SerializeToUtf8Bytes(
        new { items, page = 1, pageSize = 20, totalCount = 20, totalPages = 1, nextCursor = (string?)null },
        JsonSerializerOptions.Web);
}
