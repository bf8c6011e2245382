namespace TriviaApi.Tests.Extraction;

/// <summary>What says a name is a person's where ordinary words or English place words would say otherwise.</summary>
public class PersonEvidenceTests
{
    [Fact]
    public void A_name_ending_in_a_common_family_name_is_a_person_though_its_words_are_ordinary() =>
        Assert.Equal(["Prado Campos"], Extract.From("A peça original é de Prado Campos, encenada em 1958.").People());

    [Fact]
    public void An_origin_adjective_between_the_role_noun_and_the_name_keeps_the_profession() =>
        Assert.Equal(["cantora"], Extract.From("A cantora baiana Nilza de Itaparica faz uma participação.").ProfessionsOf("Nilza de Itaparica"));

    [Fact]
    public void The_name_after_a_dated_title_and_de_is_its_director() =>
        Assert.Equal(["diretor"], Extract.From("Perdeu para Ventania (2006), de Ramón Ibarra.").ProfessionsOf("Ramón Ibarra"));

    [Theory]
    [InlineData("Sally Brennan Field")]
    [InlineData("Hanna Hall")]
    public void English_place_words_after_a_given_name_are_a_surname(string name) =>
        Assert.Equal([name], Extract.From($"A mãe do protagonista é {name}, numa ponta.").People());

    [Theory]
    [InlineData("Fãs de Silver Lantern reconheceram a referência na cena do bar.")]
    [InlineData("A trilha toca Broken Mirrors, sucesso dos anos 80, no baile.")]
    [InlineData("O roteiro brinca com Dark Harbor, a série policial que o pai assiste.")]
    public void A_name_made_only_of_english_words_is_no_person(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Theory]
    [InlineData("Holly Sparrow")]
    [InlineData("Chuck Baker")]
    public void A_given_name_before_english_words_still_makes_a_person(string name) =>
        Assert.Equal([name], Extract.From($"{name} assinou a montagem depois de três meses de testes.").People());

    [Fact]
    public void Park_heads_a_name_but_ends_a_place()
    {
        Assert.Equal(["Park Min-jae"], Extract.From("O diretor de arte Park Min-jae desenhou a casa.").People());
        Assert.Empty(Extract.From("A cena do piquenique foi filmada perto do Maple Park.").People);
    }

    [Fact]
    public void A_man_named_like_his_studio_is_a_person() =>
        Assert.Contains("Walt Disney", Extract.From("Igualou a marca de Walt Disney em 1954.").People());

    [Theory]
    [InlineData("A trilha sonora de Wanda Albuquerque usa sintetizadores.", "compositor")]
    [InlineData("É baseado na peça homônima de Wanda Albuquerque.", "dramaturgo")]
    [InlineData("O roteiro de Wanda Albuquerque passou por nove versões.", "roteirista")]
    public void The_author_of_a_work_has_the_works_profession(string fact, string profession) =>
        Assert.Equal([profession], Extract.From(fact).ProfessionsOf("Wanda Albuquerque"));

    [Fact]
    public void A_profession_after_a_comma_is_still_not_needed_for_a_real_person_named_in_passing() =>
        Assert.Equal(["Neil Aldrin"], Extract.From("O nome do patrulheiro homenageia Neil Aldrin, astronauta da missão.").People());

    [Theory]
    [InlineData("Quem desenhou a máscara foi o diretor de arte Oto Brandão Leal, num fim de semana.", "diretor de arte")]
    [InlineData("A cena da chuva é obra da diretora de efeitos visuais Dalva Quintanilha.", "diretora de efeitos visuais")]
    public void A_role_with_its_field_before_a_name_is_the_profession(string fact, string profession)
    {
        var person = Assert.Single(Extract.From(fact).People);

        Assert.Equal([profession], person.Professions);
    }

    [Fact]
    public void A_role_with_its_field_holds_a_person_even_when_a_character_shares_the_family_name()
    {
        var facts = Extract.FromFile(["Sofia Brandt faz Lúcia Leal, a menina da casa ao lado.", "O cenário ficou com o diretor de arte Oto Brandão Leal."]);

        Assert.Equal(["Oto Brandão Leal"], facts[1].People());
    }

    [Fact]
    public void A_people_after_de_origem_is_no_ones_trade() =>
        Assert.Empty(Extract.From("O guia, pintor de origem Guarani, conhecia a trilha.").People);
}
