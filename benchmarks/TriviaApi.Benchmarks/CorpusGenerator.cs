using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TriviaApi.Benchmarks;

/// <summary>
/// Writes synthetic trivia in the seed's style: F films with N facts each, one file and manifest per film, the same
/// output for the same random seed. Names and titles are recombined from small word lists; the manifests say
/// <c>"synthetic": true</c>. Never written under seeds/.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] FirstNames = ["Ana", "Bruno", "Carla", "Diego", "Elisa", "Fábio", "Gabriela", "Heitor", "Isabela", "João", "Karina", "Lucas", "Marina", "Nuno", "Olívia", "Paulo", "Renata", "Sérgio", "Tatiana", "Vítor"];
    private static readonly string[] Surnames = ["Albuquerque", "Barros", "Cardoso", "Duarte", "Esteves", "Ferraz", "Guimarães", "Hidalgo", "Ibáñez", "Jardim", "Lacerda", "Magalhães", "Nogueira", "Otero", "Prado", "Quintela", "Rezende", "Salgado", "Teixeira", "Valente"];
    private static readonly string[] TitleStarts = ["O Segredo", "A Noite", "Os Dias", "A Canção", "O Último", "As Cores", "O Caminho", "A Promessa", "O Silêncio", "A Cidade"];
    private static readonly string[] TitleEnds = ["do Mar", "de Verão", "das Estrelas", "do Tempo", "de Lisboa", "da Chuva", "do Deserto", "de Prata", "da Meia-Noite", "do Norte"];
    private static readonly string[] Cities = ["Lisboa", "Salvador", "Recife", "Veneza", "Toronto", "Berlim", "Cannes", "Gramado", "Paris", "Montevidéu"];
    private static readonly string[] Roles = ["compositor", "figurinista", "pianista", "diretor", "roteirista", "produtor"];
    private static readonly string[] Characters = ["Helena", "Tomás", "Irene", "Caio", "Lúcia", "Rafael", "Dora", "Mateus"];

    private static readonly Func<Random, Film, Film, string>[] Templates =
    [
        (r, f, o) => $"{Person(r)} recusou o papel de {Pick(r, Characters)} para fazer {o.Title} ({o.Year}).",
        (r, f, o) => $"Segundo o {Pick(r, Roles)} {Person(r)}, a trilha foi gravada em {r.Next(2, 12)} semanas.",
        (r, f, o) => $"A figurinista {Person(r)} criou mais de {r.Next(20, 300)} figurinos para o filme.",
        (r, f, o) => $"Filmado em {Pick(r, Cities)} durante o verão de {f.Year - 1}.",
        (r, f, o) => $"{Person(r)} e {Person(r)} já haviam trabalhado juntos em {o.Title} ({o.Year}).",
        (r, f, o) => $"Estreou no Festival de {Pick(r, Cities)} em {f.Year}.",
        (r, f, o) => $"Inspirado em clássicos como {o.Title} ({o.Year}), segundo o diretor.",
        (r, f, o) => $"{Person(r)} teve aulas de piano por {r.Next(2, 12)} meses para viver {Pick(r, Characters)}.",
        (r, f, o) => $"Ganhou {r.Next(2, 9)} prêmios, incluindo o Oscar de Melhor Trilha Sonora.",
        (r, f, o) => $"Na vida real, {Person(r)} morou em {Pick(r, Cities)} por {r.Next(2, 20)} anos.",
    ];

    public static void Write(string folder, int films, int factsPerFilm, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var catalogue = Enumerable.Range(0, films).Select(i => new Film(TitleFor(i), 1950 + (i % 75))).ToList();
        for (var i = 0; i < films; i++)
        {
            var film = catalogue[i];
            var name = $"sintetico-{i:D6}.pt-BR";
            var facts = new StringBuilder();
            for (var n = 0; n < factsPerFilm; n++)
            {
                var other = catalogue[random.Next(catalogue.Count)];
                facts.Append(n == 0 ? "" : "\n").Append(Templates[random.Next(Templates.Length)](random, film, other));
            }

            File.WriteAllText(Path.Combine(folder, name + ".txt"), facts.ToString());
            File.WriteAllText(Path.Combine(folder, name + ".json"), JsonSerializer.Serialize(new { title = film.Title, year = film.Year, language = "pt-BR", synthetic = true }));
        }
    }

    /// <summary>Distinct titles for any number of films: a phrase, then a Roman-free sequel number.</summary>
    private static string TitleFor(int i) =>
        $"{TitleStarts[i % TitleStarts.Length]} {TitleEnds[i / TitleStarts.Length % TitleEnds.Length]}"
        + (i >= 100 ? " " + (i / 100 + 1).ToString(CultureInfo.InvariantCulture) : "");

    private static string Person(Random random) => $"{Pick(random, FirstNames)} {Pick(random, Surnames)}";

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private sealed record Film(string Title, int Year);
}
