using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TriviaApi.Tests.Features.Embed;

/// <summary>
/// Real headless Chromium driven over the DevTools protocol (a WebSocket, no driver library): enough to load a page,
/// ask it questions in JavaScript, list every request it made and take a screenshot.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly List<JsonNode> _events = [];
    private int _lastId;

    private HeadlessChromium(Process process, string profile) => (_process, _profile) = (process, profile);

    /// <summary>The browser's executable, or null where none is installed (Debian's package is <c>chromium</c>).</summary>
    public static string? Executable { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    /// <summary>Every URL the page has requested so far.</summary>
    public IEnumerable<Uri> RequestedUrls => _events
        .Where(e => (string?)e["method"] == "Network.requestWillBeSent")
        .Select(e => new Uri((string)e["params"]!["request"]!["url"]!));

    public static async Task<HeadlessChromium> StartAsync(int width, int height)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-profile-").FullName;
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("Chromium is not installed."))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--remote-debugging-port=0", $"--user-data-dir={profile}", $"--window-size={width},{height}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var browser = new HeadlessChromium(Process.Start(start)!, profile);
        var endpoint = await browser.DevToolsEndpointAsync();
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync(new Uri(endpoint, "/json/list")))!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!;
        await browser._socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
        await browser.SendAsync("Page.enable");
        await browser.SendAsync("Network.enable");
        await browser.SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile = false });
        return browser;
    }

    /// <summary>Loads a page and waits for its load event.</summary>
    public async Task NavigateAsync(Uri url)
    {
        _events.Clear();
        await SendAsync("Page.navigate", new { url = url.ToString() });
        while (!_events.Any(e => (string?)e["method"] == "Page.loadEventFired"))
        {
            _events.Add(await ReceiveAsync());
        }
    }

    /// <summary>Runs a JavaScript expression in the page and returns its value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true });
        return result["result"]?["value"];
    }

    public async Task<byte[]> ScreenshotAsync() =>
        Convert.FromBase64String((string)(await SendAsync("Page.captureScreenshot", new { format = "png" }))["data"]!);

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_profile, recursive: true);
    }

    private async Task<Uri> DevToolsEndpointAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await _process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (DevToolsListening().Match(line) is { Success: true } match)
            {
                return new Uri($"http://{match.Groups["host"].Value}");
            }
        }

        throw new InvalidOperationException("Chromium exited before opening its DevTools endpoint.");
    }

    private async Task<JsonNode> SendAsync(string method, object? parameters = null)
    {
        var id = ++_lastId;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        while (true)
        {
            var reply = await ReceiveAsync();
            if ((int?)reply["id"] == id)
            {
                return reply["error"] is { } error ? throw new InvalidOperationException($"{method}: {error.ToJsonString()}") : reply["result"]!;
            }

            _events.Add(reply);
        }
    }

    private async Task<JsonNode> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var message = new MemoryStream();
        var buffer = new byte[64 * 1024];
        WebSocketReceiveResult part;
        do
        {
            part = await _socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, part.Count);
        }
        while (!part.EndOfMessage);
        return JsonNode.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length))!;
    }

    [GeneratedRegex(@"DevTools listening on ws://(?<host>[^/]+)/")]
    private static partial Regex DevToolsListening();
}
