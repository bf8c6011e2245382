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
}
