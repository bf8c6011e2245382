using TriviaApi.Extraction;

namespace TriviaApi.Tests.Extraction;

/// <summary>Runs extraction on sentences, as facts of a file about a film the sentences do not name.</summary>
internal static class Extract
{
    public static readonly SubjectFilm Subject = new("Noites de Verão", "Summer Nights", 2019, []);

    public static FactMentions From(string fact, params SubjectCredit[] credits) => FromFile([fact], credits)[0];

    public static IReadOnlyList<FactMentions> FromFile(IReadOnlyList<string> facts, params SubjectCredit[] credits) =>
        TriviaFileExtractor.Extract(Subject with { Credits = credits }, facts);

    public static string[] People(this FactMentions mentions) => mentions.People.Select(p => p.Name).ToArray();

    public static string[] Titles(this FactMentions mentions) => mentions.Films.Select(f => $"{f.Title} ({f.Year})").ToArray();

    public static string[] Characters(this FactMentions mentions) => mentions.Characters.Select(c => c.Name).ToArray();

    public static string[] ProfessionsOf(this FactMentions mentions, string person) =>
        mentions.People.Single(p => p.Name == person).Professions.ToArray();
}
