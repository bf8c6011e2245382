namespace TriviaApi.Tests.Extraction;

/// <summary>Roles told by descriptions, appearances, nicknames and appositions rather than by a verb beside the name.</summary>
public class DescribedRoleTests
{
    [Theory]
    [InlineData("Na adolescência, ele se apaixona por Lívia Sarto, filha de um banqueiro recém-chegado, interpretada por Inês Morandi.", "Lívia Sarto", "Inês Morandi")]
    [InlineData("O homem no porta-malas é Tito Baroni, mafioso interpretado por Franco Vitti.", "Tito Baroni", "Franco Vitti")]
    [InlineData("A franquia terminou centrada em Davi Serrano, filho de Apolo vivido por Caio Brandt.", "Davi Serrano", "Caio Brandt")]
    public void A_description_between_a_character_and_vivido_por_keeps_them_together(string fact, string character, string actor)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(character, mentions.Characters());
        Assert.Equal(actor, mentions.Characters.Single(c => c.Name == character).ActorName);
        Assert.Equal([actor], mentions.People());
    }

    [Theory]
    [InlineData("Dario Lemos dá vida a Jonas, e Celso Vidal faz o senador Graciano.", "Graciano")]
    [InlineData("O diretor Rui Otero faz uma ponta como Heitor Brandão, o chefe da polícia.", "Heitor Brandão")]
    [InlineData("Tânia Faro faz uma pequena participação como Stella Ruiz, a cúmplice.", "Stella Ruiz")]
    [InlineData("Lúcia Brás completa o núcleo principal como Karina Hall, a noiva.", "Karina Hall")]
    [InlineData("Ele ficou conhecido do público como o deputado Diogo Faro em Plenário (2010).", "Diogo Faro")]
    [InlineData("Otávio Reis voltaria a trabalhar com o diretor como o vilão Juiz Pardal.", "Juiz Pardal")]
    [InlineData("Anos depois, Ivo Prates, intérprete de Próculo, morreu durante as filmagens.", "Próculo")]
    [InlineData("Tito Gumb é o assassino que a imprensa apelidou de Lobo Cinzento.", "Lobo Cinzento")]
    [InlineData("Vera Bakl, a Chrissie Hale da cena de abertura, era nadadora.", "Chrissie Hale")]
    public void Professions_appearances_nicknames_and_appositions_name_roles(string fact, string character)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(character, mentions.Characters());
        Assert.DoesNotContain(character, mentions.People());
    }

    [Fact]
    public void As_a_profession_without_a_film_is_no_role() =>
        Assert.Equal(["Ana Reis"], Extract.From("Ela entrou no projeto como a roteirista Ana Reis.").People());

    [Fact]
    public void A_profession_without_an_article_after_como_gives_examples_of_people() =>
        Assert.Equal(["Burt Lanza"], Extract.From("Os produtores queriam um astro como Burt Lanza.").People());

    [Fact]
    public void After_a_description_a_papel_de_names_the_actor() =>
        Assert.Equal(["Nicola Pinto"], Extract.From("Uma das figuras mais lembradas é o louco que se declara dono da praça, papel de Nicola Pinto.").People());

    [Theory]
    [InlineData("O personagem foi inspirado em Parnell Rivas, integrante do bando.")]
    [InlineData("O robô foi apelidado de Bruno pela equipe, em homenagem a Parnell Rivas, advogado do diretor.")]
    public void The_real_person_a_character_was_modelled_on_stays_a_person(string fact)
    {
        var mentions = Extract.FromFile(["Samuel Jardim faz uma participação como Stacks Rivas, o comparsa.", fact]);

        Assert.Contains("Parnell Rivas", mentions[1].People());
    }
}
