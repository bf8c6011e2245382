namespace TriviaApi.Tests.Extraction;

/// <summary>Award lines name categories, ceremonies and the bodies that give them: none of these is a person.</summary>
public class AwardLineTests
{
    [Theory]
    [InlineData("Concorreu a cinco estatuetas do Oscar: Melhor Direção de Arte, Som, Efeitos Visuais, Trilha Sonora e Edição.")]
    [InlineData("Recebeu três indicações ao Globo de Ouro: Melhor Filme Dramático, Roteiro e Canção Original.")]
    [InlineData("Venceu nas categorias Fotografia, Figurino e Cabelo e Maquiagem.")]
    [InlineData("Foi lembrado apenas na categoria de Efeitos Sonoros.")]
    [InlineData("Levou os troféus de Melhor Som e Mixagem de Som.")]
    [InlineData("Saiu premiado pelos prêmios de Direção de Fotografia e Montagem.")]
    public void Every_item_of_an_award_list_is_a_category(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Fact]
    public void A_worst_of_category_is_not_a_person() =>
        Assert.Empty(Extract.From("Ganhou o Framboesa de Ouro de Pior Atriz Coadjuvante e Pior Remake.").People);

    [Fact]
    public void A_category_with_its_winner_in_parentheses_is_no_character() =>
        Assert.Empty(Extract.From("Prêmio Guarani 2009: Ator Coadjuvante (Rafael Nogueira) e Fotografia.").Characters);

    [Theory]
    [InlineData("Globo de Ouro: Melhor Ator – Drama (Rafael Nogueira) e Melhor Fotografia em Preto e Branco (Caio Prates).")]
    [InlineData("Prêmio Guarani: Melhor Atriz em Comédia ou Musical (Dalva Reis) e Melhor Trilha de Drama ou Comédia.")]
    public void Words_joined_to_a_category_by_a_dash_em_e_or_ou_go_on_naming_it(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Empty(mentions.Characters);
        Assert.DoesNotContain(mentions.People(), p => p is "Drama" or "Branco" or "Musical" or "Comédia");
    }

    [Fact]
    public void The_person_beside_a_category_is_still_a_person() =>
        Assert.Equal(["Kate Winslet"], Extract.From("Indicada ao Oscar de Melhor Atriz, Kate Winslet perdeu para Helen Hunt.").People().Take(1));

    [Theory]
    [InlineData("Troféu Redentor 2011: Melhor Longa de Ficção e Melhor Ator.")]
    [InlineData("Prêmio Guarani de Cinema Brasileiro 2004: quatro estatuetas.")]
    [InlineData("Nino di Lauro 2014: sete troféus, entre eles Melhor Filme e Melhor Ator.")]
    public void An_award_with_its_year_heading_a_line_is_not_a_person(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Theory]
    [InlineData("Foi eleito o melhor filme do ano pelo Boston Society of Film Critics.")]
    [InlineData("A Chicago Film Critics Association deu a ele o prêmio de roteiro.")]
    [InlineData("O Critics' Choice Movie Awards premiou a trilha.")]
    [InlineData("A Associação Brasileira de Críticos de Cinema o escolheu como destaque.")]
    [InlineData("Recebeu o prêmio da National Board of Review.")]
    public void An_award_body_with_connectors_is_one_organisation_not_a_person(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Fact]
    public void A_described_name_a_few_words_after_an_award_and_pela_is_the_role_it_was_won_for()
    {
        var mentions = Extract.From("Dalva Reis concorreu ao Oscar de coadjuvante no mesmo ano pela cantora Irene Valadares, de Asfalto Quente.");

        Assert.Equal(["Dalva Reis"], mentions.People());
        Assert.Equal(["Irene Valadares"], mentions.Characters());
    }

    [Fact]
    public void The_one_who_presented_an_award_is_no_role() =>
        Assert.Empty(Extract.From("Dalva Reis recebeu o Oscar de coadjuvante entregue pela atriz Irene Valadares.").Characters);
}
