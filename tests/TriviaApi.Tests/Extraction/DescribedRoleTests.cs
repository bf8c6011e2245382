namespace TriviaApi.Tests.Extraction;

/// <summary>Roles told by descriptions, appearances, nicknames and appositions rather than by a verb beside the name.</summary>
public class DescribedRoleTests
{
    [Theory]
    [InlineData("Na adolescência, ele se apaixona por Lívia Sarto, filha de um banqueiro recém-chegado, interpretada por Inês Morandi.", "Lívia Sarto", "Inês Morandi")]
    [InlineData("O homem no porta-malas é Tito Baroni, mafioso interpretado por Franco Vitti.", "Tito Baroni", "Franco Vitti")]
    [InlineData("A franquia terminou centrada em Davi Serrano, filho de Apolo vivido por Caio Brandt.", "Davi Serrano", "Caio Brandt")]
    [InlineData("Ela dança com Tomás Reiner, o carteiro que traz as cartas do front, vivido por Davi Moura.", "Tomás Reiner", "Davi Moura")]
    [InlineData("Lino Prass, o sócio que rouba a ideia do amigo, ganha vida na pele de Caio Brum.", "Lino Prass", "Caio Brum")]
    [InlineData("Frase: a última fala é dita por Lauro Vidal, sócio do escritório, papel de Caio Brum.", "Lauro Vidal", "Caio Brum")]
    [InlineData("Capanga: Rubem Tosta, o brutamontes que segue o chefe, é o personagem de Caio Brum.", "Rubem Tosta", "Caio Brum")]
    [InlineData("A narrativa acompanha Lino Prass, um repórter que sonha ser escritor. O papel ficou com Caio Brum.", "Lino Prass", "Caio Brum")]
    [InlineData("O cenário é curioso. O cliente ideal é Lauro Vidal, um banqueiro suíço rico, papel do gaúcho Caio Brum.", "Lauro Vidal", "Caio Brum")]
    [InlineData("O cineasta beberrão Lauro Vidal foi interpretado pelo gaúcho Caio Brum, que morreu cedo.", "Lauro Vidal", "Caio Brum")]
    [InlineData("O caçula Lauro Vidal, interpretado pelo estreante Caio Brum, é o único filho da família.", "Lauro Vidal", "Caio Brum")]
    [InlineData("O velho Lauro Vidal, traído por Bento, é vivido por Caio Brum.", "Lauro Vidal", "Caio Brum")]
    public void A_description_between_a_character_and_vivido_por_keeps_them_together(string fact, string character, string actor)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(character, mentions.Characters());
        Assert.Equal(actor, mentions.Characters.Single(c => c.Name == character).ActorName);
        Assert.Equal([actor], mentions.People());
    }

    [Fact]
    public void A_name_described_inside_a_cast_pairs_parentheses_is_still_paired()
    {
        var mentions = Extract.From("Na varanda: Caio Brum (Lino Prass, vendedor de brinquedos) e Vera Lins (Tina).");

        Assert.Equal("Caio Brum", mentions.Characters.Single(c => c.Name == "Lino Prass").ActorName);
        Assert.Equal(["Caio Brum", "Vera Lins"], mentions.People());
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
    [InlineData("Lorde Vargo teve o corpo do fisiculturista Davi Prado e a voz de Jonas Earl.", "Lorde Vargo")]
    [InlineData("O vilão Raul Brisa, o Senhor das Marés, tem a voz de Caio Neves e abre o terceiro ato.", "Raul Brisa")]
    [InlineData("Ele fez o garçom baleado e anos depois seria Cris Moltavi em Família Sorrento, série da TV.", "Cris Moltavi")]
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

    [Theory]
    [InlineData("Caio Nogueira vive o apresentador de TV Otávio Lemos, que o vilão faz refém.")]
    [InlineData("Caio Nogueira vive o agente do FBI Otávio Lemos, que passa anos no caso.")]
    [InlineData("Caio Nogueira aparece como o estilista Otávio Lemos, dono de uma fábrica de sapatos.")]
    [InlineData("Caio Nogueira tinha sido o patriarca Otávio Lemos em Manhã de Outono (1953).")]
    public void A_profession_or_an_acronym_may_describe_the_role_after_a_cue(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Equal(["Caio Nogueira"], mentions.People());
        Assert.Equal(["Otávio Lemos"], mentions.Characters());
    }

    [Fact]
    public void A_name_described_as_someone_of_a_dated_film_is_its_role()
    {
        var mentions = Extract.From("O colégio tem o nome de Norberto Vaz, o dono do hotel de Noite Fria (1960).");

        Assert.Empty(mentions.People);
        Assert.Equal("Noite Fria", mentions.Characters.Single(c => c.Name == "Norberto Vaz").Film?.Title);
    }

    [Theory]
    [InlineData("No especial, o herói enfrenta Bento Garra, o vilão de Pesadelo na Serra, numa luta de mentira.")]
    [InlineData("A menina coleciona bonecos de Lúcia Fortes, a heroína de Cidade de Vidro (1999).")]
    public void A_name_set_off_as_the_villain_or_hero_of_a_work_is_a_role(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Empty(mentions.People);
        Assert.Single(mentions.Characters);
    }

    [Fact]
    public void An_actor_set_off_as_the_heroine_of_a_film_stays_a_person() =>
        Assert.Equal(["Lúcia Fortes"], Extract.From("A avó é interpretada por Lúcia Fortes, a heroína de Cidade de Vidro (1999), de um mestre francês.").People());

    [Theory]
    [InlineData("O filme homenageia Walter Salles, o diretor de Noite Fria (1960).")]
    [InlineData("Lemmon fez dupla com Walter Salles, a partir de Noite Fria (1960).")]
    public void A_trade_or_a_preposition_after_the_comma_describes_no_role(string fact) =>
        Assert.Equal(["Walter Salles"], Extract.From(fact).People().Where(p => p == "Walter Salles"));

    [Fact]
    public void A_person_sharing_a_family_name_with_another_films_character_stays_a_person()
    {
        var facts = Extract.FromFile(["A escola tem o nome de Norberto Vaz, o dono do hotel de Noite Fria (1960).", "O filme deu o Oscar a Kátia Vaz."]);

        Assert.Equal(["Kátia Vaz"], facts[1].People());
    }

    [Fact]
    public void A_described_name_of_a_show_is_its_character()
    {
        var mentions = Extract.From("Antes, ele era lembrado pelo lobista Remo Dantas, da série Casa de Vidro, da Netflix.");

        Assert.Equal(["Remo Dantas"], mentions.Characters());
        Assert.Empty(mentions.People);
    }

    [Fact]
    public void A_relative_set_off_before_the_show_he_appears_in_stays_a_person() =>
        Assert.Contains("Nat Wolff", Extract.From("Alex Wolff começou na TV ao lado do irmão, Nat Wolff, na série Os Irmãos Nus.").People());

    [Fact]
    public void A_word_of_stress_may_stand_between_played_and_by() =>
        Assert.Equal(["João Grilo"], Extract.From("Em outra adaptação, o parceiro de Chicó, João Grilo, foi vivido justamente por Mateus Nogueira.").Characters());

    [Theory]
    [InlineData("Os produtores assistiram, nos estúdios de Walter Campos, a trechos ainda inéditos de Mar Aberto (2021).")]
    [InlineData("Ele assinou, ao lado de Walter Campos, o roteiro de Mar Aberto (2021).")]
    [InlineData("O anjo da guarda, papel do ídolo juvenil Walter Campos, canta no baile da escola.")]
    [InlineData("Madame Lia: papel de Walter Campos, que passava horas na cadeira de maquiagem.")]
    [InlineData("Entre os capangas do chefe estão Big Tom (Walter Campos) e Truck, vivido pelo ex-boxeador Tony Galvão.")]
    public void A_name_set_off_by_what_is_no_role_or_named_as_an_actor_stays_a_person(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Contains("Walter Campos", mentions.People());
        Assert.DoesNotContain("Walter Campos", mentions.Characters());
    }

    [Fact]
    public void A_described_name_in_parentheses_after_an_actor_is_the_role()
    {
        var mentions = Extract.From("A banda do filme: Caio Brandt (o baixista Tuco), Walter Campos (o baterista Otávio Lemos) e Inês Morandi (a tecladista Lia Prates).");

        Assert.Equal(["Caio Brandt", "Inês Morandi", "Walter Campos"], mentions.People().Order());
        Assert.Equal(["Lia Prates", "Otávio Lemos", "Tuco"], mentions.Characters().Order());
    }

    [Theory]
    [InlineData("Em 2023, a atriz esteve em Mar Aberto, como a escritora Lia Prates, papel que lhe valeu uma indicação.", "Lia Prates")]
    [InlineData("Ela já tinha chamado a atenção como Bujiú em Asfalto Quente (2007), de Walter Campos, papel que lhe rendeu um prêmio.", "Bujiú")]
    public void A_name_set_off_before_papel_que_is_that_role_and_a_credit_is_not(string fact, string character)
    {
        var mentions = Extract.From(fact);

        Assert.Equal([character], mentions.Characters());
        Assert.DoesNotContain(character, mentions.People());
    }

    [Fact]
    public void Uma_inside_a_sentence_before_a_surname_is_a_given_name() =>
        Assert.Contains("Uma Kowalczyk", Extract.From("Ele volta a dançar numa cena com Uma Kowalczyk, que faz a mulher do chefe.").People());

    [Theory]
    [InlineData("Tânia Moraes, a menina do poço de Águas Escuras (1994), aparece como uma enfermeira.")]
    [InlineData("Tânia Moraes, a menina do poço de Águas Escuras (1994), faz a dona da pensão.")]
    public void A_name_set_off_by_a_role_of_a_film_then_playing_is_an_actor(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Equal(["Tânia Moraes"], mentions.People());
        Assert.Empty(mentions.Characters);
    }

    [Theory]
    [InlineData("Tiago Sena é a calculista Irene Valadares, que engana os colegas um a um.")]
    [InlineData("Tiago Sena é o advogado Irene Valadares, que defende o réu.")]
    public void A_full_name_opening_the_clause_then_e_and_a_trade_describes_the_role_it_plays(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Equal(["Tiago Sena"], mentions.People());
        Assert.Equal(["Irene Valadares"], mentions.Characters());
    }

    [Fact]
    public void A_trade_after_e_names_a_person_when_the_name_before_it_is_no_subject() =>
        Assert.Equal(["Caio Prates", "Paulo Rangel"], Extract.From("O filho de Paulo Rangel é o advogado Caio Prates, que defende o réu.").People().Order());

    [Theory]
    [InlineData("Irene Valadares, a funcionária que descobre o segredo do patrão e ameaça revelá-lo num programa de TV, é vivida por Dalva Reis.")]
    [InlineData("A assassina, a enfermeira Irene Valadares, é vivida por Dalva Reis.")]
    public void A_name_set_off_with_a_long_description_before_e_vivido_por_is_the_role(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Equal(["Dalva Reis"], mentions.People());
        Assert.Equal(["Irene Valadares"], mentions.Characters());
    }

    [Fact]
    public void A_name_set_off_as_the_same_character_is_a_role() =>
        Assert.Equal(["Rui Castanho"], Extract.From("Tiago Sena voltou em Asfalto Quente (2013), de novo como Rui Castanho, o mesmo personagem que tinha vivido antes.").Characters());

    [Theory]
    [InlineData("Segundo os Barreto, o personagem foi inspirado num tio deles.")]
    [InlineData("Tina Engel vive Anna jovem, e Dalva Reis, a mesma personagem idosa.")]
    public void A_character_noun_after_a_name_that_opens_a_clause_or_is_described_makes_no_role(string fact) =>
        Assert.DoesNotContain(Extract.From(fact).Characters(), c => c is "Barreto" or "Dalva Reis");

    [Fact]
    public void A_couple_of_some_kind_formed_by_two_actors_is_two_roles()
    {
        var mentions = Extract.From("Paulo Rangel e Dalva Reis formam o casal de vizinhos Rui Castanho e Irene Valadares, que recebem os forasteiros.");

        Assert.Equal(["Dalva Reis", "Paulo Rangel"], mentions.People().Order());
        Assert.Equal(["Irene Valadares", "Rui Castanho"], mentions.Characters().Order());
    }

    [Fact]
    public void A_first_name_played_does_not_take_the_full_name_of_someone_set_off_by_a_trade()
    {
        var facts = Extract.FromFile(["Paulo Rangel e Dalva Reis formam o casal de namorados Tom e Judy.", "Tom Savelli, maquiador do estúdio, dirigiu o remake."]);

        Assert.Equal(["Tom Savelli"], facts[1].People());
    }
}
