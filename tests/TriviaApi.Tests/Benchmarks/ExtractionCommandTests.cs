using TriviaApi.Benchmarks.Extraction;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Benchmarks;

/// <summary>The <c>extraction DIR</c> command: its report, its closing lines for scripts and its exit codes.</summary>
public sealed class ExtractionCommandTests : IDisposable
{
    private readonly TriviaFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public void Scoring_a_folder_reports_each_file_and_ends_with_a_line_per_kind_for_scripts()
    {
        var exit = Run(ExtractionCorpusTests.Fixture);

        var lines = _output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal(0, exit);
        Assert.Contains("a-ilha-das-garcas.pt-BR.txt", lines);
        Assert.Contains("o-farol-de-vidro.pt-BR.txt", lines);
        Assert.Collection(lines[^3..],
            l => Assert.Matches(@"^extraction: people P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3} tp=\d+ fp=\d+ fn=\d+$", l),
            l => Assert.StartsWith("extraction: films P=", l, StringComparison.Ordinal),
            l => Assert.StartsWith("extraction: characters P=", l, StringComparison.Ordinal));
    }

    [Fact]
    public void A_trivia_file_without_its_manifest_exits_1_naming_the_file()
    {
        _folder.WriteFacts("farol.pt-BR.txt", "A diretora Ana Lobo filmou em Laguna.");
        _folder.WriteManifest("farol.pt-BR.gold.json", """{ "people": ["Ana Lobo"], "films": [], "characters": [], "others": ["Laguna"] }""");

        Assert.Equal(1, Run(_folder.Path));
        Assert.Contains("farol.pt-BR.txt: no manifest (farol.pt-BR.json)", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_gold_file_exits_1_naming_the_file()
    {
        _folder.WriteFacts("farol.pt-BR.txt", "A diretora Ana Lobo filmou em Laguna.");
        _folder.WriteManifest("farol.pt-BR.json", "O Farol de Vidro", 2015);
        _folder.WriteManifest("farol.pt-BR.gold.json", """{ "people": "Ana Lobo" }""");

        Assert.Equal(1, Run(_folder.Path));
        Assert.Contains("farol.pt-BR.gold.json: malformed gold annotation", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_gold_files_is_a_usage_error()
    {
        _folder.WriteFacts("farol.pt-BR.txt", "A diretora Ana Lobo filmou em Laguna.");

        Assert.Equal(2, Run(_folder.Path));
        Assert.Contains("no trivia file", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_or_argument_is_a_usage_error()
    {
        Assert.Equal(2, Run(_folder.PathOf("nowhere")));
        Assert.Equal(2, ExtractionCommand.Run(["extraction"], _output, _error));
        Assert.Contains("usage: extraction DIR", _error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    private int Run(string folder) => ExtractionCommand.Run(["extraction", folder], _output, _error);
}
