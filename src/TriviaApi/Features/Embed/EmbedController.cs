using Microsoft.AspNetCore.Mvc;
using TriviaApi.Api;
using TriviaApi.Facts;

namespace TriviaApi.Features.Embed;

/// <summary>
/// Trivia cards for other sites to embed:
/// <c>&lt;iframe src="https://HOST/embed/trivia/random?film=la-la-land" width="360" height="260" title="Curiosidade de cinema"&gt;&lt;/iframe&gt;</c>.
/// </summary>
[ApiController]
[Route("embed/trivia")]
public sealed class EmbedController(FactResponses facts) : ControllerBase
{
    /// <summary>A card with a fact drawn at random from those the filters allow; every load draws again.</summary>
    /// <response code="200">The card: a self-contained HTML page that any site may frame.</response>
    /// <response code="404">No fact matches the filters.</response>
    [HttpGet("random")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/html")]
    public ContentResult Random([FromQuery] TriviaFilter filter, [FromQuery] CardTheme look)
    {
        var fact = facts.DrawOne(filter);
        Response.NeverStore();
        return Card(fact, look.Theme);
    }

    /// <summary>A card with one fact.</summary>
    /// <param name="id">The fact's id.</param>
    /// <param name="look">The card's theme.</param>
    /// <response code="200">The card: a self-contained HTML page that any site may frame.</response>
    /// <response code="404">No fact has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/html")]
    public ContentResult Fact(int id, [FromQuery] CardTheme look)
    {
        var fact = facts.Get(id);
        Response.CacheFor(TimeSpan.FromMinutes(5));
        return Card(fact, look.Theme);
    }

    private ContentResult Card(TriviaFactResponse fact, string? theme)
    {
        Response.Headers.ContentSecurityPolicy = TriviaCard.ContentSecurityPolicy;
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return Content(TriviaCard.Render(fact, theme ?? "auto"), "text/html; charset=utf-8");
    }
}
