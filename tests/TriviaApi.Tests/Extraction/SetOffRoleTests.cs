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

    [Fact]
    public void The_subject_set_off_before_a_description_plays_the_role_not_the_name_ending_the_description()
    {
        var mentions = Extract.From("Otávio Prado, parceiro habitual de Lúcia Serra, aparece como Zé Bigode, o dono do bar.");

        Assert.Equal(["Zé Bigode"], mentions.Characters());
        Assert.Equal("Otávio Prado", mentions.Characters.Single().ActorName);
        Assert.Equal(["Otávio Prado", "Lúcia Serra"], mentions.People());
    }

    [Fact]
    public void A_name_a_person_is_credited_under_stays_that_persons()
    {
        var mentions = Extract.From("Clara Nunes, creditada como Clara Lins, interpreta Dora Vilela, a filha do prefeito.");

        Assert.Equal(["Dora Vilela"], mentions.Characters());
        Assert.Contains("Clara Lins", mentions.People());
    }

    [Theory]
    [InlineData("Presença constante nos filmes do diretor, Otávio Prado aparece como Zé Bigode.")]
    [InlineData("Otávio Prado, que atuou em vários filmes da dupla, surge como Zé Bigode no último ato.")]
    public void After_a_verb_of_showing_up_como_brings_a_role_not_examples_of_the_work_before(string fact) =>
        Assert.Equal(["Zé Bigode"], Extract.From(fact).Characters());

    [Fact]
    public void Como_after_a_work_noun_still_gives_examples_of_works() =>
        Assert.Empty(Extract.From("Ele dirigiu filmes como Noite Alta e Mar Bravo.").Characters());

    [Fact]
    public void Actors_named_by_their_order_in_a_list_before_como_play_the_roles_after_it()
    {
        var mentions = Extract.From("Ana Lobo e Rita Paz completam o elenco, a primeira como Odete, vizinha do casal, e a segunda como Lurdinha, a afilhada.");

        Assert.Equal(["Odete", "Lurdinha"], mentions.Characters());
        Assert.Equal(["Ana Lobo", "Rita Paz"], mentions.People());
    }

    [Fact]
    public void An_ordinal_that_refers_to_no_one_before_makes_no_role() =>
        Assert.Empty(Extract.From("O festival teve diretores premiados como Ana Lobo, a primeira como Rita Paz a vencer duas vezes.").Characters());
}
