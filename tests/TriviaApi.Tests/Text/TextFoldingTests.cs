using TriviaApi.Text;

namespace TriviaApi.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("O Mágico de Oz", "o magico de oz")]
    [InlineData("GRAVAÇÃO", "gravacao")]
    [InlineData("Caça aos Gângsteres", "caca aos gangsteres")]
    public void Folding_removes_case_and_accents(string text, string folded) =>
        Assert.Equal(folded, TextFolding.FoldAccents(text));

    [Theory]
    [InlineData("Whiplash - Em Busca da Perfeição", "Whiplash – Em Busca da Perfeição")]
    [InlineData("O Espetacular Homem-Aranha", "o espetacular homem aranha")]
    [InlineData("J.K. Simmons", "J. K. Simmons")]
    public void Spelling_variants_share_one_match_key(string one, string other) =>
        Assert.Equal(TextFolding.MatchKey(one), TextFolding.MatchKey(other));

    [Fact]
    public void Every_Latin1_character_folds_as_Unicode_decomposition_folds_it()
    {
        var latin1 = string.Concat(Enumerable.Range(0, 256).Select(c => (char)c));
        Assert.Equal(TextFolding.FoldUnicode(latin1), TextFolding.FoldAccents(latin1));
        Assert.All(latin1, c => Assert.Equal(TextFolding.FoldUnicode(c.ToString()), TextFolding.FoldAccents(c.ToString())));
    }

    [Theory]
    [InlineData("Ação", "acao")]
    [InlineData("Ação\u0301", "acao")]
    [InlineData("Đorđe Balašević", "đorđe balasevic")]
    [InlineData("Ǆ and ǅ", "ǆ and ǆ")]
    public void Text_beyond_Latin1_folds_by_Unicode_decomposition(string text, string folded) =>
        Assert.Equal(folded, TextFolding.FoldAccents(text));

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void A_character_Unicode_cannot_normalise_stays_and_the_text_around_it_folds(int unreadable)
    {
        var odd = (char)unreadable;
        Assert.Equal($"acao{odd}e", TextFolding.FoldAccents($"AÇÃO{odd}É\u0301"));
    }
}
