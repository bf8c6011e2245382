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
}
