namespace TriviaApi.Tests.Extraction;

/// <summary>Fact-sheet lines open with a label; however many capitalised words it has, a label is never a name.</summary>
public class FactSheetLabelTests
{
    [Theory]
    [InlineData("Bilheteria Doméstica: US$ 120 milhões.")]
    [InlineData("Orçamento Estimado: R$ 8 milhões.")]
    [InlineData("Curiosidade: as filmagens duraram três meses.")]
    [InlineData("Locações Principais: Salvador e Cachoeira.")]
    [InlineData("Trilha Sonora Original: lançada em vinil.")]
    public void A_label_is_not_a_name(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Fact]
    public void The_name_after_a_label_is_still_a_person_with_the_labels_profession()
    {
        var person = Assert.Single(Extract.From("Direção de Fotografia: Lauro Antunes.").People);

        Assert.Equal("Lauro Antunes", person.Name);
    }

    [Theory]
    [InlineData("Personagem: Chico Pardal, o vigia que nunca dorme, ficou com Renan Albuquerque.")]
    [InlineData("Personagem: Chico Pardal, o vigia que nunca dorme, é papel de Renan Albuquerque.")]
    [InlineData("Personagem: Chico Pardal, o vigia que nunca dorme, é uma das primeiras aparições de Renan Albuquerque.")]
    public void Under_a_label_of_characters_the_one_the_role_went_to_is_a_person(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Equal(["Renan Albuquerque"], mentions.People());
        Assert.Equal(["Chico Pardal"], mentions.Characters());
    }

    [Fact]
    public void A_title_of_address_in_a_cast_pair_belongs_to_the_character()
    {
        var mentions = Extract.From("Elenco de apoio: Ivo Rangel (Senador Otávio Brum) e Lara Mendes (Clotilde).");

        Assert.Equal(["Ivo Rangel", "Lara Mendes"], mentions.People());
        Assert.Equal(["Senador Otávio Brum", "Clotilde"], mentions.Characters());
    }

    [Fact]
    public void Under_a_label_of_characters_a_thing_after_do_is_no_role()
    {
        var mentions = Extract.From("Personagem: Dalva Quintela, a tesoureira do grupo, também era militante do Partido Operário Nacional.");

        Assert.Equal(["Dalva Quintela"], mentions.Characters());
    }

    [Fact]
    public void The_items_of_a_list_under_a_label_of_songs_are_no_people() =>
        Assert.Empty(Extract.From("Outras canções do filme: Zumba Kat, Boogie Zazie, Funky Tango e, claro, Rocket Mambo.").People);

    [Fact]
    public void A_list_of_given_names_under_a_label_of_songs_is_of_people() =>
        Assert.Equal(["Ana Prado", "Rui Tavares", "João Lima"], Extract.From("Canções: Ana Prado, Rui Tavares e João Lima.").People());

    [Fact]
    public void A_sentence_under_a_label_of_songs_still_names_its_people() =>
        Assert.Equal(
            ["Ana Prado", "Rui Tavares"],
            Extract.From("Canções: Ana Prado e Rui Tavares, o casal de compositores, assinam o tema, que virou sucesso.").People());

    [Fact]
    public void The_items_of_a_list_under_a_label_of_studios_are_no_people() =>
        Assert.Empty(Extract.From("Estúdios: Kovac Tiron, Zembla Ardo e Tiron Vash.").People);
}
