using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TriviaApi.Facts;
using TriviaApi.Text;

namespace TriviaApi.Features.Embed;

/// <summary>
/// A fact as a small self-contained HTML page for an <c>&lt;iframe&gt;</c>: no scripts, fonts, images or styles
/// from anywhere, so the embedding site's readers make no request beyond this one; readable from 300 px wide.
/// The page fills its frame: the film line and the topics always show whole, and a fact longer than the room left
/// ends in an ellipsis after as many lines as the frame's height allows (<c>--lines</c>, five at the documented
/// 280 px, more in taller frames), so a long fact is never cut off mid-line at the frame's edge.
/// </summary>
public static class TriviaCard
{
    /// <summary>The card's only style, inline; the Content-Security-Policy allows it by hash and nothing else.</summary>
    private const string Style = """
        :root{color-scheme:light dark;--bg:#fffdf8;--fg:#1d1b16;--muted:#5f5a4e;--accent:#9a3412;--chip:#f3ede1;--lines:5}
        @media (prefers-color-scheme:dark){:root[data-theme=auto]{--bg:#1b1a17;--fg:#f2efe8;--muted:#b7b0a2;--accent:#fdba74;--chip:#2c2a25}}
        :root[data-theme=light]{color-scheme:light}
        :root[data-theme=dark]{color-scheme:dark;--bg:#1b1a17;--fg:#f2efe8;--muted:#b7b0a2;--accent:#fdba74;--chip:#2c2a25}
        @media (min-height:330px){:root{--lines:7}}
        @media (min-height:420px){:root{--lines:11}}
        @media (min-height:560px){:root{--lines:18}}
        *{box-sizing:border-box}
        html,body{height:100%}
        body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        main{display:flex;flex-direction:column;height:100%;padding:12px 16px;max-width:640px;overflow-wrap:anywhere}
        main>*{flex:none}
        .label{margin:0 0 4px;font-size:12px;line-height:1.5;letter-spacing:.04em;text-transform:uppercase;color:var(--accent)}
        .fact{flex:0 1 auto;min-height:0;margin:0 0 8px;font-size:16px;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:var(--lines);line-clamp:var(--lines);overflow:hidden}
        .film{margin:0 0 8px;color:var(--muted)}
        .tags{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}
        .tags li{background:var(--chip);border-radius:999px;padding:2px 10px;font-size:13px;line-height:1.5}
        """;

    /// <summary>The Content-Security-Policy every card is sent with: framing by any site, nothing loaded from anywhere.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors *";

    public static string Render(TriviaFactResponse fact, string theme)
    {
        var film = fact.Film;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="pt-BR" data-theme="{theme}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Curiosidade sobre {Html.Encode(film.Title)}</title>
            <style>{Style}</style>
            </head>
            <body>
            <main>
            <p class="label">Curiosidade de cinema</p>
            <p class="fact">{Html.Encode(fact.Text)}</p>
            <p class="film">Filme: <strong>{Html.Encode(film.Title)}</strong> ({film.Year})</p>

            """);
        if (fact.Tags.Count > 0)
        {
            html.Append("<ul class=\"tags\">");
            foreach (var tag in fact.Tags)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{Html.Encode(tag.NamePt)}</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            </main>
            </body>
            </html>

            """);
        return html.ToString();
    }
}
