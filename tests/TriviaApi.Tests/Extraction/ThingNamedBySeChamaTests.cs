namespace TriviaApi.Tests.Extraction;

/// <summary>"se chama": a character's name when the clause speaks of someone, a thing's or a place's when it speaks of one.</summary>
public class ThingNamedBySeChamaTests
{
    [Theory]
    [InlineData("No roteiro, a vila se chama Pedra Funda e fica no litoral baiano.")]
    [InlineData("O navio que leva os colonos para o sul se chama Estrela Dalva.")]
    [InlineData("Na história, o antigo hotel se chamava Palácio Serrano.")]
    [InlineData("O terceiro capítulo, que se chamaria Lua Nova, foi cortado.")]
    public void A_thing_or_place_that_se_chama_a_name_makes_it_no_one(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Empty(mentions.Characters());
        Assert.Empty(mentions.People());
    }

    [Theory]
    [InlineData("Na versão dublada, o menino se chama Quinzinho.", "Quinzinho")]
    [InlineData("No livro, a viúva que aluga o quarto se chamava Dona Custódia.", "Dona Custódia")]
    public void Someone_who_se_chama_a_name_is_still_a_character(string fact, string character) =>
        Assert.Equal([character], Extract.From(fact).Characters());
}
