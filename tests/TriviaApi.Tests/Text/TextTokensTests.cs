using TriviaApi.Text;

namespace TriviaApi.Tests.Text;

public class TextTokensTests
{
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (var token in TextTokens.Of(text))
        {
            tokens.Add($"{token.Kind}:{text[token.Start..token.End]}");
        }

        return tokens;
    }

    [Fact]
    public void A_sentence_splits_into_words_numbers_and_punctuation_skipping_spaces() =>
        Assert.Equal(
            ["Word:Rodado", "Word:em", "Number:1998", "Punctuation:,", "Word:custou", "Number:2,5", "Word:milhões", "Punctuation:."],
            Tokens("Rodado em 1998, custou 2,5 milhões."));

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("d’Água")]
    [InlineData("Homem-Aranha")]
    [InlineData("WALL·E")]
    [InlineData("Ação\u0301")]
    public void A_joiner_between_letters_and_a_combining_accent_stay_inside_one_word(string word) =>
        Assert.Equal([$"Word:{word}"], Tokens(word));

    [Fact]
    public void A_joiner_with_no_letter_after_it_is_punctuation() =>
        Assert.Equal(["Word:Singin", "Punctuation:'", "Word:no", "Punctuation:-", "Punctuation:-", "Word:fim"], Tokens("Singin' no --fim"));

    [Theory]
    [InlineData("J.K. Simmons", "Initials:J.K.", "Word:Simmons")]
    [InlineData("A.I.: Inteligência", "Initials:A.I.", "Punctuation::", "Word:Inteligência")]
    [InlineData("de M.", "Word:de", "Initials:M.")]
    public void Capitals_each_followed_by_a_full_stop_are_initials(string text, params string[] tokens) =>
        Assert.Equal(tokens, Tokens(text));

    [Fact]
    public void Initials_end_before_a_capital_whose_full_stop_ends_a_sentence_before_a_small_letter() =>
        Assert.Equal(["Initials:J.", "Word:K", "Punctuation:.", "Word:ficou"], Tokens("J.K.ficou"));

    [Fact]
    public void A_capital_and_full_stop_before_a_small_letter_are_a_word_and_a_stop() =>
        Assert.Equal(["Word:O", "Punctuation:.", "Word:fim"], Tokens("O.fim"));

    [Theory]
    [InlineData("1.500.000", "Number:1.500.000")]
    [InlineData("2ª", "Number:2ª")]
    [InlineData("1º.", "Number:1º", "Punctuation:.")]
    [InlineData("R2", "Word:R", "Number:2")]
    [InlineData("1990.", "Number:1990", "Punctuation:.")]
    public void Numbers_keep_their_points_commas_and_ordinal_sign(string text, params string[] tokens) =>
        Assert.Equal(tokens, Tokens(text));

    [Fact]
    public void Three_full_stops_are_one_ellipsis() =>
        Assert.Equal(["Word:e", "Punctuation:...", "Punctuation:.", "Punctuation:…"], Tokens("e.... …"));

    [Fact]
    public void A_letter_beyond_the_BMP_is_a_letter_and_an_emoji_one_punctuation_mark() =>
        Assert.Equal(["Word:𠮷野家", "Punctuation:🎬", "Word:Ana"], Tokens("𠮷野家 🎬Ana"));

    [Fact]
    public void Every_kind_of_white_space_separates_tokens_and_belongs_to_none() =>
        Assert.Equal(
            ["Word:Ela", "Punctuation:(", "Number:2013", "Punctuation:)", "Word:ganhou", "Word:o", "Word:Oscar"],
            Tokens("  Ela (2013)\tganhou\u00A0o\nOscar  "));
}
