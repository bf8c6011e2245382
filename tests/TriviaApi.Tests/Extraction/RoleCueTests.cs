namespace TriviaApi.Tests.Extraction;

/// <summary>More ways trivia says a name is a role: titles of address, fact-sheet labels, plural participles, "intérprete de".</summary>
public class RoleCueTests
{
    [Theory]
    [InlineData("Na vila, todos temem o Coronel Aurélio Brandt, dono das terras.", "Coronel Aurélio Brandt")]
    [InlineData("A cena do jantar com o Agente Doria Malta foi improvisada.", "Agente Doria Malta")]
    [InlineData("Jonas Quintela é Seu Tobias, o vendedor de redes.", "Seu Tobias")]
    [InlineData("Dona Cotinha Ribas só aparece no último ato.", "Dona Cotinha Ribas")]
    public void A_name_under_a_title_of_address_is_a_character(string fact, string character)
    {
        var mentions = Extract.From(fact);

        Assert.Equal([character], mentions.Characters());
        Assert.DoesNotContain(character, mentions.People());
    }

    [Fact]
    public void A_title_of_address_after_a_role_noun_is_still_a_person_when_the_text_says_so() =>
        Assert.Equal(["Jonas Quintela"], Extract.From("O ator Jonas Quintela estreou no teatro aos vinte anos.").People());

    [Fact]
    public void Under_a_label_of_characters_the_name_outside_the_parentheses_is_the_character()
    {
        var mentions = Extract.From("Personagens: o avô, Hideo Tamura (Kenji Oshiro), e a neta, Emi Tamura (Aiko Mori).");

        Assert.Equal(["Hideo Tamura", "Emi Tamura"], mentions.Characters());
        Assert.Equal(["Kenji Oshiro", "Aiko Mori"], mentions.People());
    }

    [Fact]
    public void Under_a_cast_label_the_name_outside_the_parentheses_is_the_actor()
    {
        var mentions = Extract.From("Elenco: Kenji Oshiro (Hideo Tamura) e Aiko Mori (Emi Tamura).");

        Assert.Equal(["Hideo Tamura", "Emi Tamura"], mentions.Characters());
        Assert.Equal(["Kenji Oshiro", "Aiko Mori"], mentions.People());
    }

    [Fact]
    public void Under_a_label_of_characters_a_name_that_plays_no_one_is_a_role() =>
        Assert.Equal(["Taro Kanzaki"], Extract.From("Personagem: o barqueiro se chama, na verdade, Taro Kanzaki.").Characters());

    [Fact]
    public void A_plural_participle_pairs_two_lists_in_order()
    {
        var mentions = Extract.From("Os irmãos Tadeu Lins e Caio Lins, vividos por Rui Carvalhal e Beto Sanches, brigam o filme todo.");

        Assert.Equal(["Tadeu Lins", "Caio Lins"], mentions.Characters());
        Assert.Equal(["Rui Carvalhal", "Beto Sanches"], mentions.People());
        Assert.Equal(["Rui Carvalhal", "Beto Sanches"], mentions.Characters.Select(c => c.ActorName));
    }

    [Theory]
    [InlineData("Anos depois, Rui Carvalhal, intérprete do valentão Nestor Viana, lançou um livro.")]
    [InlineData("Rui Carvalhal entrou na pele do especialista em cofres Nestor Viana.")]
    [InlineData("Rui Carvalhal voltaria a trabalhar com ele como o vilão Nestor Viana, em outra comédia.")]
    [InlineData("Rui Carvalhal completa o grupo como Nestor Viana, o motorista.")]
    [InlineData("Antes, Rui Carvalhal tinha feito Nestor Viana em Maré Baixa (2001).")]
    [InlineData("Nestor Viana, o dono do bar, é vivido por Rui Carvalhal.")]
    public void More_role_slots_put_the_character_beside_its_actor(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Equal(["Rui Carvalhal"], mentions.People());
        Assert.Equal(["Nestor Viana"], mentions.Characters());
    }

    [Fact]
    public void After_is_a_name_that_is_nobodys_surname_makes_no_role()
    {
        var mentions = Extract.From("A garota que não deixa Tobias sentar no ônibus é Laura Quintela, sobrinha do diretor.");

        Assert.Empty(mentions.Characters());
        Assert.Equal(["Laura Quintela"], mentions.People());
    }
}
