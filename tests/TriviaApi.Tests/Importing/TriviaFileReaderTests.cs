using System.Text;

using TriviaApi.Importing;
using TriviaApi.Tests.Support;

namespace TriviaApi.Tests.Importing;

public sealed class TriviaFileReaderTests : IDisposable
{
    private const string Fact1 = "Filmado em seis semanas durante o verão de 2015.";
    private const string Fact2 = "Estreou no Festival de Cinema de Veneza em 31 de agosto de 2016.";
    private readonly TriviaFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_byte_order_mark_is_accepted_and_is_not_part_of_the_first_fact() =>
        Assert.Equal(Fact1, Read([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Fact1)])[0].Text);

    [Fact]
    public void Crlf_line_endings_are_accepted_and_left_out_of_the_text() =>
        Assert.Equal([Fact1, Fact2], Read(Encoding.UTF8.GetBytes($"{Fact1}\r\n{Fact2}\r\n")).Select(l => l.Text));

    [Fact]
    public void Counting_the_facts_of_a_file_without_checking_it_agrees_with_reading_it()
    {
        // Blank lines of ASCII and of Unicode spaces (no-break, em), and a fact after spaces that starts with an accent.
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes($"{Fact1}\r\n\r\n   \r\n\t\n \u00A0\u2003\n  Às vezes chovia no set.\n{Fact2}\n\n")];

        Assert.Equal((3, 3, 3), (Read(bytes).Count, TriviaFileReader.CountFacts(bytes), TriviaFileReader.Check("notas.pt-BR.txt", bytes)));
    }

    [Theory]
    [InlineData("\u0001")]
    [InlineData("\u001B")]
    [InlineData("\u007F")]
    [InlineData("\u0085")]
    [InlineData("\u009F")]
    public void A_control_character_is_refused_with_its_line_whether_the_file_is_read_or_only_checked(string control)
    {
        var bytes = Encoding.UTF8.GetBytes($"{Fact1}\n\tUma tabulação basta.\nUm {control} no meio.\n");

        var read = Refusal(bytes);
        var @checked = Assert.Throws<ImportException>(() => TriviaFileReader.Check("notas.pt-BR.txt", bytes));

        Assert.Equal((3, 3), (read.Line, @checked.Line));
        Assert.Contains("control characters", @checked.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_the_facts_keep_their_line_numbers() =>
        Assert.Equal(
            [new TriviaLine(2, Fact1), new TriviaLine(5, Fact2)],
            Read(Encoding.UTF8.GetBytes($"\n{Fact1}\n   \n\t\n{Fact2}\n\n")));

    [Fact]
    public void Text_is_kept_verbatim_with_its_accents_quotes_and_leading_spaces()
    {
        const string fact = "  O locutor diz: \"três vezes vencedor do Oscar, incluindo Shakespeare In Love ...\" — à estilista Sandy Powell.";

        Assert.Equal(fact, Read(Encoding.UTF8.GetBytes(fact)).Single().Text);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_naming_the_file_and_line()
    {
        var error = Refusal([.. Encoding.UTF8.GetBytes($"{Fact1}\n{Fact2}\nO tempo de produ"), 0xE7, 0xE3, .. "o foi curto."u8]);

        Assert.Equal(("notas.pt-BR.txt", 3), (error.File, error.Line));
        Assert.Contains("UTF-8", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_byte_marks_a_binary_file_and_is_refused_with_its_line() =>
        Assert.Equal(2, Refusal([.. Encoding.UTF8.GetBytes($"{Fact1}\n"), 0x50, 0x4B, 0x00, 0x03]).Line);

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n  \n")]
    public void A_file_without_facts_is_refused(string content)
    {
        var error = Refusal(Encoding.UTF8.GetBytes(content));

        Assert.Equal(("notas.pt-BR.txt", (int?)null), (error.File, error.Line));
    }

    [Fact]
    public void A_line_over_10000_characters_is_refused_with_its_line_number() =>
        Assert.Equal(2, Refusal(Encoding.UTF8.GetBytes($"{Fact1}\n{new string('a', 10_001)}")).Line);

    [Fact]
    public void A_line_of_exactly_10000_characters_is_accepted() =>
        Assert.Equal(10_000, Read(Encoding.UTF8.GetBytes(new string('a', 10_000))).Single().Text.Length);

    private IReadOnlyList<TriviaLine> Read(byte[] bytes) => TriviaFileReader.Read(_folder.WriteBytes("notas.pt-BR.txt", bytes));

    private ImportException Refusal(byte[] bytes) => Assert.Throws<ImportException>(() => Read(bytes));
}
