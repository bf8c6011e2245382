using System.Globalization;

namespace TriviaApi.Benchmarks;

/// <summary>
/// The uncached mix's URLs (<c>benchmarks/wrk-mix.lua</c>) as that script makes them, class by class, to run the same
/// requests in process: the same generator, seed and lists, so class <c>k</c>'s URLs here are its URLs there. A URL
/// is given as its query's parameters, which <see cref="QueryBenchmark"/> turns into the services' requests.
/// </summary>
public static class MixRequests
{
    public const int Classes = 8;

    public const int PerClass = 10_000;

    /// <summary>What each class asks, as <c>wrk-mix.lua</c>'s <c>make_path</c> numbers them.</summary>
    public static readonly string[] ClassNames =
    [
        "a word, pages 1-5", "two words", "a word within a topic and years", "a word with facets, pages 1-5",
        "a word sorted by year, up to a year", "a topic and years without words", "search everywhere, two words", "completions",
    ];

    private static readonly string[] Words =
    [
        "piano", "festival", "veneza", "lisboa", "diretor", "trilha", "figurinos", "semanas", "meses",
        "anos", "premios", "oscar", "verao", "cannes", "berlim", "gramado", "toronto", "paris", "recife", "salvador",
        "compositor", "figurinista", "pianista", "roteirista", "produtor", "papel", "aulas", "gravada", "morou", "vida",
        "real", "classicos", "inspirado", "estreou", "filmado", "juntos", "trabalhado", "recusou", "criou", "ganhou",
        "melhor", "sonora", "helena", "tomas", "irene", "caio", "lucia", "rafael", "dora", "mateus",
    ];

    private static readonly string[] Tags =
        ["music", "casting", "production", "locations", "awards", "festivals", "references", "costumes", "career", "real-life"];

    private static readonly string[] Prefixes =
    [
        "fil", "fes", "pia", "gui", "mar", "ana", "bar", "lis", "ver", "tri", "cor", "sil", "pro", "rez",
        "car", "gab", "isa", "tat", "bru", "ren", "dia", "oli", "hei", "nun",
    ];

    /// <summary>Each class's <see cref="PerClass"/> distinct URLs, as path and parameters, in the script's order.</summary>
    public static IReadOnlyList<IReadOnlyList<MixRequest>> All()
    {
        var random = new ParkMiller(42);
        var classes = new List<IReadOnlyList<MixRequest>>();
        for (var kind = 0; kind < Classes; kind++)
        {
            var seen = new HashSet<string>();
            var list = new List<MixRequest>();
            while (list.Count < PerClass)
            {
                var request = Make(kind, random);
                if (seen.Add(request.Url))
                {
                    list.Add(request);
                }
            }

            classes.Add(list);
        }

        return classes;
    }

    private static MixRequest Make(int kind, ParkMiller random)
    {
        string Pick(string[] list) => list[random.Next() % list.Length];
        int Number(int low, int high) => low + (random.Next() % (high - low + 1));
        string Letter(bool blank) => Number(blank ? 96 : 97, 122) is var n && n == 96 ? "" : ((char)n).ToString();
        string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

        // Each call draws in the order the script's concatenation does, left to right.
        (string, string)[] parameters = kind switch
        {
            0 => [("q", Pick(Words)), ("page", Text(Number(1, 5))), ("pageSize", Text(Number(10, 50)))],
            1 => [("q", Pick(Words) + " " + Pick(Words)), ("pageSize", Text(Number(10, 50)))],
            2 => [("q", Pick(Words)), ("tag", Pick(Tags)), ("yearFrom", Text(Number(1950, 2010)))],
            3 => [("q", Pick(Words)), ("facets", "tag,person,film"), ("page", Text(Number(1, 5))), ("pageSize", Text(Number(10, 50)))],
            4 => [("q", Pick(Words)), ("sort", "year"), ("yearTo", Text(Number(1960, 2024))), ("pageSize", Text(Number(10, 50)))],
            5 => [("tag", Pick(Tags)), ("yearFrom", Text(Number(1950, 2020))), ("page", Text(Number(1, 20)))],
            6 => [("q", Pick(Words) + " " + Pick(Words)), ("pageSize", Text(Number(10, 30)))],
            _ => [("q", Pick(Prefixes) + Letter(false) + Letter(true))],
        };
        var path = kind switch { 6 => "/api/v1/search", 7 => "/api/v1/search/suggest", _ => "/api/v1/trivia" };
        return new MixRequest(kind, path, parameters.ToDictionary(p => p.Item1, p => p.Item2));
    }

    /// <summary>Park and Miller's generator, as the script has it (its products stay below 2^53, exact in its doubles).</summary>
    private sealed class ParkMiller(long state)
    {
        public int Next() => (int)(state = state * 16807 % 2147483647);
    }
}

/// <summary>One URL of the mix: its class, path and query parameters (a space where the URL has <c>+</c>).</summary>
public sealed record MixRequest(int Kind, string Path, IReadOnlyDictionary<string, string> Parameters)
{
    public string Url => Path + "?" + string.Join('&', Parameters.Select(p => p.Key + "=" + p.Value.Replace(' ', '+')));

    public string this[string name] => Parameters[name];

    public int Number(string name, int otherwise) =>
        Parameters.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : otherwise;
}
