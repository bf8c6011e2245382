namespace TriviaApi.Tests.Extraction;

/// <summary>Titles read from their context: examples of works, a title before its subtitle, and where a dated title begins.</summary>
public class TitleContextTests
{
    [Fact]
    public void Examples_after_a_kind_of_work_are_titles_not_people() =>
        Assert.Empty(Extract.From("Entrou no catálogo com outros títulos do estúdio, como Raposa Branca e O Farol de Vidro.").People);

    [Fact]
    public void A_name_before_a_colon_and_a_subtitle_in_mid_sentence_is_a_title() =>
        Assert.Empty(Extract.From("Na disputa, deixou para trás Kill Moon: Noite de Caça e outros três.").People);

    [Fact]
    public void A_name_after_com_a_is_a_company() =>
        Assert.Empty(Extract.From("Nos Estados Unidos, os direitos ficaram com a Orbe Lanterna, que lançou o longa em 2020.").People);

    [Fact]
    public void A_dated_title_after_a_kind_of_work_that_is_no_film_is_no_film() =>
        Assert.Empty(Extract.From("Anos depois, ela viveria outra mãe na novela Laços de Areia (2019).").Films);

    [Theory]
    [InlineData("O fotógrafo já havia trabalhado com Yoon em Chuva Fina: A Volta pela Serra (2009).", "Chuva Fina: A Volta pela Serra (2009)")]
    [InlineData("Ela ganhou Melhor Atriz no Festival de Veneza por Quando o Mar Voltar (1986).", "Quando o Mar Voltar (1986)")]
    public void A_name_or_award_before_a_preposition_is_cut_even_when_the_title_holds_prepositions(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());
}
