using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

public sealed class TriviaSourceLoaderTests : IDisposable
{
    private readonly TriviaFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_without_manifest_is_about_the_film_given_by_title_and_year()
    {
        var source = TriviaSourceLoader.Load([_folder.WriteFacts("whiplash.pt-BR.txt", Seed.Lines[8])], "Whiplash - Em Busca da Perfeição", 2014).Single();

        Assert.Equal(("Whiplash - Em Busca da Perfeição", null, 2014), (source.Subject.Title, source.Subject.OriginalTitle, source.Subject.Year));
        Assert.Empty(source.Subject.Credits);
    }

    [Fact]
    public void A_file_without_manifest_title_or_year_is_refused_saying_what_to_add()
    {
        var error = Assert.Throws<ImportException>(() => TriviaSourceLoader.Load([_folder.WriteFacts("whiplash.pt-BR.txt", Seed.Lines[8])]));

        Assert.Equal("whiplash.pt-BR.txt", error.File);
        Assert.Contains("whiplash.pt-BR.json", error.Problem, StringComparison.Ordinal);
        Assert.Contains("--title", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_wins_over_title_and_year_given_on_the_command_line() =>
        Assert.Equal(2016, TriviaSourceLoader.Load([_folder.CopySeed()], "Whiplash - Em Busca da Perfeição", 2014).Single().Subject.Year);

    [Fact]
    public void The_language_is_the_manifests_when_it_gives_one()
    {
        _folder.WriteManifest("la-la-land.pt-BR.json", """{ "title": "La La Land", "year": 2016, "language": "en" }""");

        Assert.Equal("en", TriviaSourceLoader.Load([_folder.WriteFacts("la-la-land.pt-BR.txt", "Shot in 2015.")]).Single().Language);
    }

    [Theory]
    [InlineData("la-la-land.en-US.txt", "en-US")]
    [InlineData("la-la-land.pt-BR.txt", "pt-BR")]
    [InlineData("la-la-land.txt", "pt-BR")]
    public void Without_one_in_the_manifest_the_language_is_the_tag_in_the_file_name_else_pt_BR(string fileName, string language)
    {
        _folder.WriteManifest(Path.ChangeExtension(fileName, ".json"), "La La Land", 2016);

        Assert.Equal(language, TriviaSourceLoader.Load([_folder.WriteFacts(fileName, "Filmado em 2015.")]).Single().Language);
    }

    [Fact]
    public void A_language_that_is_not_a_language_tag_is_refused()
    {
        _folder.WriteManifest("la-la-land.pt-BR.json", """{ "title": "La La Land", "year": 2016, "language": "português" }""");

        Assert.Throws<ImportException>(() => TriviaSourceLoader.Load([_folder.WriteFacts("la-la-land.pt-BR.txt", "Filmado em 2015.")]));
    }

    [Fact]
    public void A_folder_stands_for_its_txt_files_in_name_order()
    {
        foreach (var name in new[] { "b.pt-BR.txt", "a.pt-BR.txt", "C.pt-BR.txt", "notes.md" })
        {
            _folder.WriteFacts(name, "Filmado em 2015.");
        }

        Assert.Equal(["C.pt-BR.txt", "a.pt-BR.txt", "b.pt-BR.txt"], TriviaSourceLoader.Load([_folder.Path], "La La Land", 2016).Select(s => s.FileName));
    }

    [Fact]
    public void A_folder_without_txt_files_is_refused() =>
        Assert.Contains("no trivia files", Assert.Throws<ImportException>(() => TriviaSourceLoader.Load([_folder.Path])).Problem, StringComparison.Ordinal);

    [Fact]
    public void A_path_that_does_not_exist_is_refused_naming_it()
    {
        var missing = _folder.PathOf("missing.pt-BR.txt");

        Assert.Equal(missing, Assert.Throws<ImportException>(() => TriviaSourceLoader.Load([missing])).File);
    }

    [Fact]
    public void Of_several_bad_files_the_first_in_name_order_is_the_one_reported()
    {
        for (var i = 0; i < 60; i++)
        {
            _folder.WriteFacts($"film-{i:D2}.pt-BR.txt", "Filmado em 2015.");
        }

        _folder.WriteFacts("film-17.pt-BR.txt", "");
        _folder.WriteBytes("film-42.pt-BR.txt", [0x46, 0x00]);
        _folder.WriteFacts("film-55.pt-BR.txt", "");

        var error = Assert.Throws<ImportException>(() => TriviaSourceLoader.Load([_folder.Path], "La La Land", 2016));

        Assert.Equal(("film-17.pt-BR.txt", "no facts"), (error.File, error.Problem[..8]));
    }

    [Fact]
    public void Two_files_of_the_same_name_in_one_import_are_refused_since_the_name_identifies_a_source()
    {
        using var other = new TriviaFolder();
        var error = Assert.Throws<ImportException>(() => TriviaSourceLoader.Load([_folder.CopySeed(), other.CopySeed()]));

        Assert.Contains("two files named", error.Problem, StringComparison.Ordinal);
    }
}
