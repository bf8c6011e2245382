using TriviaApi.Benchmarks.Extraction;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Benchmarks;

/// <summary>Gold files read as tests/ExtractionCorpus/README.md writes them, and refused, named, when malformed.</summary>
public sealed class GoldAnnotationTests : IDisposable
{
    private readonly TriviaFolder _folder = new();

    [Fact]
    public void A_gold_file_reads_as_the_corpus_readme_writes_it()
    {
        var path = _folder.WriteManifest("cidade.pt-BR.gold.json", """
            {
              "people": ["Fernando Meirelles", "Alice Braga"],
              "films": [
                { "title": "Ensaio sobre a Cegueira", "year": 2008 },
                { "title": "Domésticas", "year": null }
              ],
              "characters": [
                { "name": "Buscapé", "actor": "Alexandre Rodrigues", "film": null }
              ],
              "others": ["Oscar", "Melhor Montagem"]
            }
            """);

        var gold = GoldAnnotation.Read(path);

        Assert.Equal(["Fernando Meirelles", "Alice Braga"], gold.People);
        Assert.Equal([new GoldFilm("Ensaio sobre a Cegueira", 2008), new GoldFilm("Domésticas", null)], gold.Films);
        Assert.Equal([new GoldCharacter("Buscapé", "Alexandre Rodrigues", null)], gold.Characters);
        Assert.Equal(["Oscar", "Melhor Montagem"], gold.Others);
    }

    [Fact]
    public void The_gold_of_a_trivia_file_sits_beside_it_under_the_same_name() =>
        Assert.Equal(Path.Combine("dev", "cidade.pt-BR.gold.json"), GoldAnnotation.PathFor(Path.Combine("dev", "cidade.pt-BR.txt")));

    [Theory]
    [InlineData("""{ "people": ["Alice Braga"], """)]
    [InlineData("""{ "people": ["Alice Braga"], "characters": [], "others": [] }""")]
    [InlineData("""{ "people": [""], "films": [], "characters": [], "others": [] }""")]
    [InlineData("""{ "people": [], "films": [{ "year": 2008 }], "characters": [], "others": [] }""")]
    [InlineData("""{ "people": [], "films": [{ "title": "Domésticas", "year": "2001" }], "characters": [], "others": [] }""")]
    public void A_malformed_gold_file_is_refused_naming_the_file(string json)
    {
        var path = _folder.WriteManifest("cidade.pt-BR.gold.json", json);

        var refused = Assert.Throws<InvalidDataException>(() => GoldAnnotation.Read(path));

        Assert.StartsWith("cidade.pt-BR.gold.json: malformed gold annotation", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
