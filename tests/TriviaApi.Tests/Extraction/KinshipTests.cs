namespace TriviaApi.Tests.Extraction;

/// <summary>A name after a word of kinship belongs where the name it is a relative of belongs: the story or life.</summary>
public class KinshipTests
{
    [Fact]
    public void A_name_after_a_word_of_kinship_is_a_character_when_the_name_before_is_one()
    {
        var facts = Extract.FromFile(["Dorotéia, vivida por Lúcia Prado, vende doces na estação.", "Na feira, Dorotéia briga com a prima Quitéria por causa de um freguês."]);

        Assert.Contains("Quitéria", facts[1].Characters());
    }

    [Fact]
    public void A_name_after_a_word_of_kinship_is_no_character_when_the_name_before_is_a_person()
    {
        var facts = Extract.FromFile(["Dorotéia, vivida por Lúcia Prado, vende doces na estação.", "A atriz Lúcia Prado levou ao set a filha Quitéria, então com dois anos."]);

        Assert.Empty(facts[1].Characters());
    }

    [Fact]
    public void A_persons_relative_is_not_taken_by_a_characters_first_name()
    {
        var facts = Extract.FromFile(["Beatriz Nunes vive Inês, a caçula da família.", "A atriz Beatriz Nunes contracena com a irmã, Inês Carvalho, pela primeira vez."]);

        Assert.Contains("Inês Carvalho", facts[1].People());
        Assert.DoesNotContain("Inês Carvalho", facts[1].Characters());
    }
}
