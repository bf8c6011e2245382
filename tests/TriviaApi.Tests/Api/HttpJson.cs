using System.Net;
using System.Text.Json;

namespace TriviaApi.Tests.Api;

/// <summary>GETs a URL and reads its JSON, asserting the status first so a failure shows the body.</summary>
internal static class HttpJson
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string[] Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToArray();

    public static int[] Lines(this JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("source").GetProperty("line").GetInt32()).Order().ToArray();

    public static JsonElement Items(this JsonElement page) => page.GetProperty("items");
}
