namespace TriviaApi.Tests.Extraction;

/// <summary>Words that say a film comes before or after another open the sentence; they are never part of its title.</summary>
public class SequelCueTests
{
    [Theory]
    [InlineData("Antecedido por Noites de Verão (2019).")]
    [InlineData("Sucedido por Noites de Verão (2019).")]
    [InlineData("Continuação de Noites de Verão (2019).")]
    [InlineData("Prequela de Noites de Verão (2019).")]
    [InlineData("Sequência: Noites de Verão (2019).")]
    [InlineData("Refilmagem de Noites de Verão (2019).")]
    [InlineData("Seguido por Noites de Verão (2019).")]
    [InlineData("Precedido de Noites de Verão (2019).")]
    public void A_cue_before_the_subjects_title_names_the_subject_not_a_new_film(string fact) =>
        Assert.Empty(Extract.From(fact).Films);

    [Theory]
    [InlineData("Antecedido por A Longa Estrada (2014).", "A Longa Estrada (2014)")]
    [InlineData("Sucedido por Mar Aberto 2 (2021).", "Mar Aberto 2 (2021)")]
    [InlineData("Baseado em O Rei do Gado (1996), de outro diretor.", "O Rei do Gado (1996)")]
    [InlineData("Inspirado no filme Tarde Demais (1988).", "Tarde Demais (1988)")]
    [InlineData("Remake de Cidade Partida (1975).", "Cidade Partida (1975)")]
    public void A_cue_opening_the_sentence_is_not_part_of_the_title(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("Ana Prado repetiu a parceria em Mar Aberto, o Retorno (2021).", "Mar Aberto, o Retorno (2021)")]
    [InlineData("O diretor admirava Freud, Além do Espelho (1962).", "Freud, Além do Espelho (1962)")]
    [InlineData("Depois, Ana Prado em Mar Aberto (2021) ganhou prêmios.", "Mar Aberto (2021)")]
    [InlineData("Ela já tinha o Oscar de Melhor Atriz por Tarde Demais (1988).", "Tarde Demais (1988)")]
    [InlineData("Ele já tinha dado vida a Lampião em Sertão Vermelho (1996).", "Sertão Vermelho (1996)")]
    [InlineData("Lembra o clássico Somente a Lua por Companhia (1958).", "Somente a Lua por Companhia (1958)")]
    [InlineData("Veio antes de Robôs vs. Piratas (2004).", "Robôs vs. Piratas (2004)")]
    [InlineData("O diretor homenageia Era Uma Vez em... Lisboa (2019).", "Era Uma Vez em... Lisboa (2019)")]
    public void A_title_keeps_its_subtitle_and_loses_the_name_or_award_before_it(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Fact]
    public void Capitalised_words_after_an_article_in_mid_sentence_are_an_undated_title_not_a_person() =>
        Assert.Empty(Extract.From("A vaga ficou com O Dia em Que Meus Tios Voltaram de Viagem, de outro diretor.").People);

    [Fact]
    public void The_subject_named_by_its_original_title_is_not_another_film() =>
        Assert.Empty(Extract.From("Summer Nights é um filme de 2019 dirigido por Ana Prado.").Films);

    [Fact]
    public void A_title_without_a_year_inside_a_list_is_no_person() =>
        Assert.Equal(["Ana Prado"], Extract.From("Ana Prado também dirigiu Lua Vermelha, Tempo Seco e O Último Verão.").People());

    [Fact]
    public void An_english_working_title_in_quotes_is_not_a_person() =>
        Assert.Empty(Extract.From("O título provisório do roteiro era \"Night Shift Blues\".").People);
}
