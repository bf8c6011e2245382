using TriviaApi.Search;

namespace TriviaApi.Tests.Search;

public class PortugueseStemmerTests
{
    [Theory]
    [InlineData("prêmios", "premio")]
    [InlineData("Prêmio", "premio")]
    [InlineData("filmagens", "filmagem")]
    [InlineData("gravações", "gravacao")]
    [InlineData("papéis", "papel")]
    [InlineData("festivais", "festival")]
    [InlineData("atores", "ator")]
    [InlineData("atrizes", "atriz")]
    [InlineData("músicas", "musica")]
    public void Plurals_and_accents_fold_to_one_form(string word, string stem) =>
        Assert.Equal(stem, PortugueseStemmer.Stem(word));

    [Theory]
    [InlineData("mês")]
    [InlineData("lápis")]
    [InlineData("três")]
    public void Words_whose_s_is_not_a_plural_keep_it(string word) =>
        Assert.EndsWith("s", PortugueseStemmer.Stem(word));

    [Fact]
    public void Singular_and_plural_share_a_stem_but_different_words_do_not()
    {
        Assert.Equal(PortugueseStemmer.Stem("filmagem"), PortugueseStemmer.Stem("filmagens"));
        Assert.NotEqual(PortugueseStemmer.Stem("filme"), PortugueseStemmer.Stem("filmagem"));
    }
}
