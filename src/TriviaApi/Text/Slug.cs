namespace TriviaApi.Text;

/// <summary>The one slug function: URL-safe, accent-free, lower-case words joined by hyphens.</summary>
public static class Slug
{
    /// <summary>"O Mágico de Oz" becomes "o-magico-de-oz"; "J.K. Simmons" becomes "j-k-simmons".</summary>
    public static string From(string text) => TextFolding.MatchKey(text).Replace(' ', '-');

    /// <summary>Slug of text qualified by a disambiguator, e.g. a film's year: "cantando-na-chuva-1952".</summary>
    public static string From(string text, string qualifier) => $"{From(text)}-{From(qualifier)}";

    /// <summary>True when the value could be a slug produced by <see cref="From(string)"/>.</summary>
    public static bool IsWellFormed(string value) =>
        value.Length is > 0 and <= 200
        && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !value.StartsWith('-') && !value.EndsWith('-') && !value.Contains("--", StringComparison.Ordinal);
}
