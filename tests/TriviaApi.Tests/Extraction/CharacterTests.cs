using TriviaApi.Extraction;

namespace TriviaApi.Tests.Extraction;

public class CharacterTests
{
    private static readonly SubjectCredit StoneAsMia = new("Emma Stone", "atriz", "Mia Dolan");

    [Fact]
    public void A_name_after_o_papel_de_is_a_character_not_a_person()
    {
        var fact = Extract.From("Emma Watson foi cogitada para o papel de Mia, mas recusou.");

        Assert.Equal(["Emma Watson"], fact.People());
        Assert.Equal(["Mia"], fact.Characters());
    }

    [Fact]
    public void A_role_turned_down_gives_the_character_no_actor() =>
        Assert.Null(Extract.From("Já Ryan Gosling recusou o papel da Fera para fazer outro filme.").Characters.Single().ActorName);

    [Fact]
    public void A_character_named_in_a_film_title_of_the_fact_belongs_to_that_film() =>
        Assert.Equal(
            "A Bela e a Fera",
            Extract.From("Ela saiu de A Bela e a Fera (2017). Já Ryan Gosling recusou o papel da Fera.").Characters.Single().Film?.Title);

    [Fact]
    public void A_name_after_a_personagem_is_a_character_of_the_subject_film()
    {
        var character = Extract.From("Assim como a personagem Nina abandona a faculdade, a atriz também abandonou.").Characters.Single();

        Assert.Equal(("Nina", Extract.Subject.Title), (character.Name, character.Film?.Title));
    }

    [Fact]
    public void Viveu_gives_the_character_its_actor_and_the_film_written_after_it()
    {
        var character = Extract.From("Emma Stone viveu Gwen Stacy em O Espetacular Homem-Aranha (2012).").Characters.Single();

        Assert.Equal(("Gwen Stacy", "Emma Stone", "O Espetacular Homem-Aranha"), (character.Name, character.ActorName, character.Film?.Title));
    }

    [Fact]
    public void A_surname_before_foi_is_the_actor_of_the_character_after_it()
    {
        var character = Extract.From("J.K. Simmons voltou ao cinema, e Simmons foi J. Jonah Jameson, na trilogia do Homem-Aranha.").Characters.Single();

        Assert.Equal(("J. Jonah Jameson", "J.K. Simmons", null), (character.Name, character.ActorName, character.Film));
    }

    [Fact]
    public void Como_after_an_actor_names_the_character_and_a_work_that_is_not_a_dated_film_gives_no_film()
    {
        var fact = Extract.From("Foi depois de ter visto Emma Stone como Sally Bowles em Cabaret que o diretor decidiu.");

        Assert.Equal(["Emma Stone"], fact.People());
        Assert.Equal(new CharacterMention("Sally Bowles", null, "Emma Stone"), fact.Characters.Single());
    }

    [Fact]
    public void A_character_with_its_actor_in_parentheses()
    {
        var fact = Extract.From("No elenco, Nina (Emma Stone) e Sebastian (Ryan Gosling) se conhecem.");

        Assert.Equal(["Emma Stone", "Ryan Gosling"], fact.People());
        Assert.Equal(["Nina:Emma Stone", "Sebastian:Ryan Gosling"], fact.Characters.Select(c => $"{c.Name}:{c.ActorName}"));
    }

    [Fact]
    public void An_actor_with_a_single_character_name_in_parentheses()
    {
        var character = Extract.From("No elenco está Emma Stone (Nina), que canta.").Characters.Single();

        Assert.Equal(("Nina", "Emma Stone"), (character.Name, character.ActorName));
    }

    [Fact]
    public void A_manifest_character_is_recognised_by_its_first_name()
    {
        var character = Extract.From("Quando Sebastian e Mia saem em um encontro, a música toca.", StoneAsMia).Characters.Single();

        Assert.Equal(("Mia Dolan", "Emma Stone", Extract.Subject.Title), (character.Name, character.ActorName, character.Film?.Title));
    }

    [Fact]
    public void A_known_person_after_o_personagem_de_is_the_actor_not_a_character()
    {
        var facts = Extract.FromFile(["Ryan Gosling ensaiou.", "No início, o personagem de Ryan Gosling ouve o rádio."]);

        Assert.Equal(["Ryan Gosling"], facts[1].People());
        Assert.Empty(facts[1].Characters);
    }

    [Fact]
    public void A_character_named_with_a_cue_once_is_a_character_everywhere_in_the_file()
    {
        var facts = Extract.FromFile(["Emma Stone viveu Gwen Stacy em O Espetacular Homem-Aranha (2012).", "Depois, Gwen Stacy morreu na sequência."]);

        Assert.Equal(["Gwen Stacy"], facts[1].Characters());
        Assert.Empty(facts[1].People);
    }

    [Fact]
    public void A_one_word_character_described_by_a_trade_in_another_fact_stays_a_character()
    {
        var facts = Extract.FromFile(["Tadeu Lins interpreta Bentinho, um poeta sem editora.", "O poeta Bentinho foi inspirado num boêmio do Recife."]);

        Assert.Equal(["Bentinho"], facts[1].Characters());
        Assert.Empty(facts[1].People);
    }

    [Fact]
    public void A_person_listed_beside_people_keeps_a_first_name_a_character_also_has()
    {
        var facts = Extract.FromFile(["Tadeu Lins vive Jane, a vizinha.", "Para o papel principal, a produção pensou em Jane Moreira e Clara Nunes."]);

        Assert.Equal(["Jane Moreira", "Clara Nunes"], facts[1].People());
        Assert.Empty(facts[1].Characters);
    }

    [Fact]
    public void Between_two_full_names_the_one_used_as_a_person_elsewhere_is_the_actor_and_its_order_holds_for_the_file()
    {
        var facts = Extract.FromFile(["Diane Keaton elogiou o roteiro.", "No elenco: Diane Keaton (Kay Adams) e Al Pacino (Michael Corleone)."]);

        Assert.Equal(["Diane Keaton", "Al Pacino"], facts[1].People());
        Assert.Equal(["Kay Adams:Diane Keaton", "Michael Corleone:Al Pacino"], facts[1].Characters.Select(c => $"{c.Name}:{c.ActorName}"));
    }

    [Fact]
    public void A_played_role_in_a_fact_naming_no_other_work_is_of_the_subject_film()
    {
        var character = Extract.From("A atriz Simonetta Stefanelli tinha 16 anos quando viveu Apollonia.").Characters.Single();

        Assert.Equal(("Apollonia", Extract.Subject.Title), (character.Name, character.Film?.Title));
    }

    [Fact]
    public void A_first_name_after_a_role_cue_is_the_character_it_begins()
    {
        var facts = Extract.FromFile(["James Caan improvisou diversas falas de Sonny Corleone.", "Robert De Niro fez teste para o papel de Sonny."]);

        Assert.Equal(["Sonny Corleone"], facts[1].Characters());
    }

    [Fact]
    public void A_first_name_that_names_its_actor_gives_the_full_name_that_actor()
    {
        var facts = Extract.FromFile(["Personagem: Leonora Prates chega à cidade como enteada da viúva.", "Elenco: Sônia Prado (Viúva Rosa) e Vera Lins (Leonora)."]);

        Assert.Equal("Vera Lins", facts[1].Characters.Single(c => c.Name == "Leonora Prates").ActorName);
        Assert.Contains("Vera Lins", facts[1].People());
    }

    [Fact]
    public void A_known_surname_after_a_weak_cue_is_the_person()
    {
        var facts = Extract.FromFile(["Marlon Brando chegou atrasado.", "O diretor cortou as falas de Brando."]);

        Assert.Equal(["Marlon Brando"], facts[1].People());
        Assert.Empty(facts[1].Characters);
    }

    [Fact]
    public void A_relative_set_off_after_a_bare_word_of_kinship_is_of_the_character_before()
    {
        var mentions = Extract.From("Bruna Salles vive Helena Ravel, que ainda chora a morte da mãe, Odete Ravel, quando a trama começa.");

        Assert.Equal(["Bruna Salles"], mentions.People());
        Assert.Equal(["Helena Ravel", "Odete Ravel"], mentions.Characters());
    }

    [Fact]
    public void A_relative_set_off_in_the_next_sentence_is_not_the_characters()
    {
        var facts = Extract.FromFile(["Bruna Salles vive Helena Ravel.", "Caio Torres faz o carteiro. O pai dele, Álvaro Torres, era o fotógrafo do set."]);

        Assert.Contains("Álvaro Torres", facts[1].People());
    }

    [Theory]
    [InlineData("O zelador usa o chapéu de Zeca Trovoada, o vilão da série.")]
    [InlineData("O dublê vestiu a armadura de Zeca Trovoada nas cenas de luta.")]
    public void A_costumes_wearer_is_a_role(string fact) =>
        Assert.Equal(["Zeca Trovoada"], Extract.From(fact).Characters());

    [Fact]
    public void A_costumes_wearer_named_as_a_person_elsewhere_stays_a_person()
    {
        var facts = Extract.FromFile(["A cantora Dalva Prates chegou ao set em 1950.", "A figurinista copiou o chapéu de Dalva Prates."]);

        Assert.Equal(["Dalva Prates"], facts[1].People());
    }

    [Fact]
    public void An_actor_given_a_singing_voice_stays_a_person()
    {
        var facts = Extract.FromFile(["Lívia Duarte faz a vendedora de guarda-chuvas.", "Nas canções, Duarte ganhou a voz de Amélia Rocha."]);

        Assert.Equal(["Lívia Duarte", "Amélia Rocha"], facts[1].People());
        Assert.Empty(facts[1].Characters);
    }

    [Fact]
    public void An_actor_who_plays_keeps_his_name_when_the_role_shares_its_first_word()
    {
        var facts = Extract.FromFile(["Joca Bastos Quintela vive o cozinheiro do barco, também chamado Joca.", "Joca Bastos Quintela era pescador antes do filme."]);

        Assert.Equal(["Joca Bastos Quintela"], facts[0].People());
        Assert.Equal(["Joca Bastos Quintela"], facts[1].People());
    }

    [Fact]
    public void Cast_pairs_listed_after_vividos_por_have_the_actors_outside()
    {
        var fact = Extract.From("Os rivais são vividos por Rui Prado Lemos (Caio Mendes Filho), Beto Lins Neto (Jairo Vaz Dantas) e Ana Cruz Matos (Lia Soares Reis, uma viúva armada).");

        Assert.Equal(["Rui Prado Lemos", "Beto Lins Neto", "Ana Cruz Matos"], fact.People());
        Assert.Equal(
            ["Caio Mendes Filho:Rui Prado Lemos", "Jairo Vaz Dantas:Beto Lins Neto", "Lia Soares Reis:Ana Cruz Matos"],
            fact.Characters.Select(c => $"{c.Name}:{c.ActorName}"));
    }

    [Theory]
    [InlineData("No elenco, Rui Prado (Dr. Caio Mendes) divide a cena com o diretor.")]
    [InlineData("No elenco, Dr. Caio Mendes (Rui Prado) divide a cena com o diretor.")]
    public void In_a_cast_pair_of_two_full_names_the_title_of_address_opens_the_character(string fact)
    {
        var character = Extract.From(fact).Characters.Single();

        Assert.Equal(("Dr. Caio Mendes", "Rui Prado"), (character.Name, character.ActorName));
    }

    [Fact]
    public void Words_describing_the_actor_after_vivido_pelo_may_be_more_than_one()
    {
        var fact = Extract.From("Na estrada, ele enfrenta o general Caio Mendes, vivido pelo dramaturgo sul-africano Rui Prado Lemos.");

        Assert.Equal(["Rui Prado Lemos"], fact.People());
        Assert.Equal(["Caio Mendes:Rui Prado Lemos"], fact.Characters.Select(c => $"{c.Name}:{c.ActorName}"));
    }
}
