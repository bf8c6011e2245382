using TriviaApi.Domain;
using TriviaApi.Extraction;

namespace TriviaApi.Tests.Extraction;

public class TagTests
{
    [Theory]
    [InlineData("O cantor teve que aprender a tocar violão para interpretar seu papel.", "music")]
    [InlineData("Emma Watson foi cogitada para o papel, mas recusou.", "casting")]
    [InlineData("Filmado em seis semanas durante o verão de 2015.", "production")]
    [InlineData("Dois locais foram reabertos no centro de Los Angeles.", "locations")]
    [InlineData("Grande vencedor do Globo de Ouro: ganhou todos os prêmios.", "awards")]
    [InlineData("Estreou no Festival de Cinema de Veneza.", "festivals")]
    [InlineData("Inspirado em clássicos dos anos 50, numa homenagem declarada.", "references")]
    [InlineData("A figurinista escolheu um vestido amarelo.", "costumes")]
    [InlineData("Segundo musical da atriz em sua carreira profissional.", "career")]
    [InlineData("Na vida real, ela se mudou para Los Angeles aos 15 anos.", "real-life")]
    [InlineData("Arrecadou US$ 440 milhões na bilheteria mundial.", "box-office")]
    public void A_cue_word_puts_the_fact_under_its_topic(string fact, string tag) =>
        Assert.Contains(tag, Extract.From(fact).TagSlugs);

    [Theory]
    [InlineData("Orçamento: US$ 30 milhões", "box-office")]
    [InlineData("Oscar 2017: indicado a Melhor Filme", "awards")]
    public void Fact_sheet_lines_are_tagged_and_name_nobody(string fact, string tag)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(tag, mentions.TagSlugs);
        Assert.Empty(mentions.People);
    }

    [Fact]
    public void A_fact_with_no_cue_gets_the_general_topic() =>
        Assert.Equal([TagTaxonomy.FallbackSlug], Extract.From("O título tem três palavras.").TagSlugs);

    [Fact]
    public void Cues_match_inflections_and_text_without_accents()
    {
        Assert.Contains("production", Extract.From("As filmagens terminaram cedo.").TagSlugs);
        Assert.Contains("music", Extract.From("A MUSICA foi composta antes.").TagSlugs);
    }

    [Fact]
    public void Every_tag_slug_is_a_well_formed_slug_with_Portuguese_and_English_names() =>
        Assert.All(TagTaxonomy.All, t => Assert.True(TriviaApi.Text.Slug.IsWellFormed(t.Slug) && t.NamePt.Length > 0 && t.NameEn.Length > 0));
}
