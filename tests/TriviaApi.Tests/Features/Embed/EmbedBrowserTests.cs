using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Tests.Api;
using TriviaApi.Tests.Support;
using Xunit.Abstractions;

namespace TriviaApi.Tests.Features.Embed;

/// <summary>The card as a reader sees it: served by Kestrel on loopback, loaded in headless Chromium.</summary>
public sealed class EmbedBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string Hostile = "Na estreia, a produtora exibiu <script>document.title='invadido'</script> no telão de \"Céu Aberto\" (2001).";
    /// <summary>The height of the README's iframe snippet.</summary>
    private const int FrameHeight = 280;

    /// <summary>
    /// Where the card's parts lie in the frame, and whether the fact shows as many whole lines as it has or as its
    /// line clamp allows (past which Chromium draws the ellipsis): a fact box shrunk below that would cut a line.
    /// </summary>
    private const string CardLayout = """
        (() => {
          const inside = el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5; };
          const fact = document.querySelector('.fact');
          const style = getComputedStyle(fact);
          const lineHeight = parseFloat(style.lineHeight);
          const whole = fact.cloneNode(true);
          whole.style.cssText = `display:block;-webkit-line-clamp:none;overflow:visible;position:absolute;visibility:hidden;width:${fact.clientWidth}px`;
          document.body.appendChild(whole);
          const lines = Math.round(whole.getBoundingClientRect().height / lineHeight);
          whole.remove();
          const clamp = parseInt(style.webkitLineClamp, 10);
          const shown = Number.isNaN(clamp) ? lines : Math.min(lines, clamp);
          return {
            lines, clamp: Number.isNaN(clamp) ? null : clamp, shown, height: fact.clientHeight, lineHeight,
            filmAndTopicsInside: inside(document.querySelector('.film')) && [...document.querySelectorAll('.tags li')].every(inside),
            factInside: inside(fact),
            wholeLinesShown: fact.clientHeight + 1 >= shown * lineHeight,
            fitsWidth: document.documentElement.scrollWidth <= innerWidth,
          };
        })()
        """;

    private readonly TriviaFolder _seeds = new();

    [BrowserFact]
    public async Task A_card_shows_its_fact_as_text_and_requests_nothing_from_other_hosts()
    {
        _seeds.WriteFacts("ceu-aberto.pt-BR.txt", Hostile);
        _seeds.WriteManifest("ceu-aberto.pt-BR.json", "Céu Aberto", 2001);
        await using var api = new TriviaApiFactory { SeedsPath = _seeds.Path };
        api.UseKestrel(0);
        api.StartServer();
        var server = new Uri(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        await using var browser = await HeadlessChromium.StartAsync(width: 300, height: 400);
        foreach (var theme in new[] { "light", "dark" })
        {
            await browser.NavigateAsync(new Uri(server, $"/embed/trivia/random?theme={theme}"));
            var page = (await browser.EvaluateAsync(
                """
                (() => {
                  const fact = document.querySelector('.fact');
                  const box = fact.getBoundingClientRect();
                  const style = getComputedStyle(fact);
                  return {
                    text: fact.innerText,
                    visible: box.width > 0 && box.height > 0 && style.visibility === 'visible' && style.display !== 'none' && style.color !== style.backgroundColor,
                    fitsWidth: document.documentElement.scrollWidth <= window.innerWidth,
                    title: document.title,
                    scripts: document.scripts.length,
                  };
                })()
                """))!;
            var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", $"embed-card-{theme}.png");
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync());
            output.WriteLine($"screenshot: {screenshot}");

            Assert.Equal(Hostile, (string?)page["text"]);
            Assert.True((bool)page["visible"]!, "the fact's text is not visible");
            Assert.True((bool)page["fitsWidth"]!, "the card is wider than 300 px");
            Assert.Equal(("Curiosidade sobre Céu Aberto", 0), ((string?)page["title"], (int)page["scripts"]!));
            Assert.NotEmpty(browser.RequestedUrls);
            Assert.All(browser.RequestedUrls, url => Assert.Equal(server.Authority, url.Authority));
        }
    }

    /// <summary>
    /// At the documented frame height, 300 and 360 px wide, light and dark: every seed fact's card shows the film line
    /// and every topic whole inside the frame, and the fact either whole or cut after whole lines with an ellipsis.
    /// </summary>
    [BrowserFact]
    public async Task Every_seed_fact_fits_the_documented_frame_whole_or_ends_in_an_ellipsis()
    {
        await using var api = new TriviaApiFactory();
        api.UseKestrel(0);
        api.StartServer();
        var server = new Uri(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var http = new HttpClient { BaseAddress = server };
        var facts = (await http.GetJsonAsync("/api/v1/trivia?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(f => (Id: f.GetProperty("id").GetInt32(), Length: f.GetProperty("text").GetString()!.Length)).ToList();
        var longest = facts.MaxBy(f => f.Length).Id;
        var failures = new List<string>();

        foreach (var width in new[] { 300, 360 })
        {
            await using var browser = await HeadlessChromium.StartAsync(width, FrameHeight);
            foreach (var theme in new[] { "light", "dark" })
            {
                foreach (var (id, _) in facts)
                {
                    await browser.NavigateAsync(new Uri(server, $"/embed/trivia/{id}?theme={theme}"));
                    var card = (await browser.EvaluateAsync(CardLayout))!;
                    var where = $"fact {id} at {width}x{FrameHeight} {theme}";
                    if (!(bool)card["filmAndTopicsInside"]! || !(bool)card["factInside"]! || !(bool)card["fitsWidth"]!)
                    {
                        failures.Add($"{where}: something is outside the frame: {card.ToJsonString()}");
                    }
                    else if (!(bool)card["wholeLinesShown"]!)
                    {
                        failures.Add($"{where}: the fact is cut mid-line, without its ellipsis: {card.ToJsonString()}");
                    }

                    if (id == longest)
                    {
                        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", $"embed-card-longest-{width}-{theme}.png");
                        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
                        await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync());
                        output.WriteLine($"screenshot: {screenshot} ({card.ToJsonString()})");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(24, facts.Count);
    }

    public void Dispose() => _seeds.Dispose();
}
