using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

/// <summary>The manifest beside a trivia file, as the loader checks it before any database work.</summary>
public sealed class FilmManifestTests : IDisposable
{
    private const string Manifest = "la-la-land.pt-BR.json";
    private readonly TriviaFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_seed_manifest_gives_the_subject_film_and_its_credits()
    {
        var subject = TriviaSourceLoader.Load([Seed.TextPath]).Single().Subject;

        Assert.Equal(("La La Land: Cantando Estações", "La La Land", 2016), (subject.Title, subject.OriginalTitle, subject.Year));
        Assert.Equal(7, subject.Credits.Count);
        Assert.Contains(subject.Credits, c => c is { Person: "Emma Stone", Role: "atriz", Character: "Mia Dolan" });
    }

    [Fact]
    public void Malformed_json_is_refused_naming_the_manifest_and_the_line()
    {
        var error = Refusal("{\n  \"title\": \"La La Land\",\n  \"year\": 20l6\n}");

        Assert.Equal((Manifest, 3), (error.File, error.Line));
        Assert.StartsWith("malformed manifest", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_without_a_title_is_refused() =>
        Assert.Contains("\"title\"", Refusal("""{ "originalTitle": "La La Land", "year": 2016 }""").Problem, StringComparison.Ordinal);

    [Theory]
    [InlineData("1869")]
    [InlineData("2101")]
    [InlineData("null")]
    public void A_year_outside_1870_to_2100_or_missing_is_refused(string year) =>
        Assert.Contains("\"year\"", Refusal($$"""{ "title": "La La Land", "year": {{year}} }""").Problem, StringComparison.Ordinal);

    [Theory]
    [InlineData(1870)]
    [InlineData(2100)]
    public void The_first_and_last_years_allowed_are_accepted(int year) =>
        Assert.Equal(year, Load($$"""{ "title": "La La Land", "year": {{year}} }""").Subject.Year);

    [Fact]
    public void An_unknown_property_is_refused_so_a_typo_does_not_go_unnoticed()
    {
        var error = Refusal("""{ "title": "La La Land", "yaer": 2016 }""");

        Assert.Equal((Manifest, 1), (error.File, error.Line));
        Assert.Contains("yaer", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "role": "diretor" }""")]
    [InlineData("""{ "person": "Damien Chazelle" }""")]
    [InlineData("""{ "person": " ", "role": "diretor" }""")]
    public void A_credit_without_person_or_role_is_refused(string credit)
    {
        var error = Refusal($$"""{ "title": "La La Land", "year": 2016, "credits": [ { "person": "Emma Stone", "role": "atriz" }, {{credit}} ] }""");

        Assert.Equal(Manifest, error.File);
        Assert.Contains("credit 2", error.Problem, StringComparison.Ordinal);
    }

    private TriviaSource Load(string manifestJson)
    {
        _folder.WriteManifest(Manifest, manifestJson);
        return TriviaSourceLoader.Load([_folder.WriteFacts("la-la-land.pt-BR.txt", Seed.Lines[17])]).Single();
    }

    private ImportException Refusal(string manifestJson) => Assert.Throws<ImportException>(() => Load(manifestJson));
}
