namespace TriviaApi.Tests.Extraction;

/// <summary>A role set off by a description before the words that say who plays it.</summary>
public class SetOffRoleTests
{
    [Theory]
    [InlineData("A fazendeira Lucinda Vasconcelos, contratada para vigiar Cajuru, é vivida por Renata Quintela.", "Lucinda Vasconcelos")]
    [InlineData("Dorotéia, a avó que criou Tiago, é interpretada por Sílvia Mota.", "Dorotéia")]
    [InlineData("O coronel Tibério Lago, que manda prender Jacó e a família, é interpretado por Renato Salgueiro.", "Tibério Lago")]
    public void A_name_the_descriptions_verb_takes_does_not_stop_the_role_set_off_before_e_vivido_por(string fact, string role)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(role, mentions.Characters());
        Assert.DoesNotContain(role, mentions.People());
    }

    [Fact]
    public void Without_the_linking_verb_the_participle_is_the_nearer_names()
    {
        var mentions = Extract.From("A viúva Lucinda Vasconcelos, que tenta enganar Tomás Braga, vivido por Pedro Alves, perde tudo.");

        Assert.Equal(["Tomás Braga"], mentions.Characters());
    }
}
