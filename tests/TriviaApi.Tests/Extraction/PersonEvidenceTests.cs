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

    [Fact]
    public void Park_heads_a_name_but_ends_a_place()
    {
        Assert.Equal(["Park Min-jae"], Extract.From("O diretor de arte Park Min-jae desenhou a casa.").People());
        Assert.Empty(Extract.From("A cena do piquenique foi filmada perto do Maple Park.").People);
    }

    [Fact]
    public void A_man_named_like_his_studio_is_a_person() =>
        Assert.Contains("Walt Disney", Extract.From("Igualou a marca de Walt Disney em 1954.").People());
}
