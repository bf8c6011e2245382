using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Tests.Api;
using TriviaApi.Tests.Support;
using Xunit.Abstractions;

namespace TriviaApi.Tests.Features.Embed;

/// <summary>The card as a reader sees it: served by Kestrel on loopback, loaded in headless Chromium 300 px wide.</summary>
public sealed class EmbedBrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string Hostile = "Na estreia, a produtora exibiu <script>document.title='invadido'</script> no telão de \"Céu Aberto\" (2001).";
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

    public void Dispose() => _seeds.Dispose();
}
