using TriviaApi.Extraction;

namespace TriviaApi.Tests.Extraction;

/// <summary>Fictional characters often have full, person-like names; the slot they stand in says they are characters.</summary>
public class RoleSlotTests
{
    [Theory]
    [InlineData("Rafael Nogueira interpretou Otávio Lemos, o delegado corrupto.")]
    [InlineData("Rafael Nogueira foi escalado para viver Otávio Lemos.")]
    [InlineData("Rafael Nogueira aceitou interpretar Otávio Lemos após dois testes.")]
    [InlineData("Rafael Nogueira deu vida a Otávio Lemos com sotaque carregado.")]
    [InlineData("Rafael Nogueira aparece no papel de Otávio Lemos.")]
    [InlineData("Rafael Nogueira como Otávio Lemos foi a escolha do elenco.")]
    [InlineData("Otávio Lemos (Rafael Nogueira) é o vilão da trama.")]
    [InlineData("O personagem Otávio Lemos foi escrito para Rafael Nogueira.")]
    [InlineData("Otávio Lemos, vivido por Rafael Nogueira, só aparece no segundo ato.")]
    [InlineData("Otávio Lemos, interpretado por Rafael Nogueira, foi inspirado num delegado real.")]
    [InlineData("Rafael Nogueira tinha 30 anos quando fez Otávio Lemos, o delegado corrupto.")]
    public void A_full_name_in_a_role_slot_is_a_character_and_the_other_is_the_actor(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Equal(["Rafael Nogueira"], mentions.People());
        Assert.Equal(["Otávio Lemos"], mentions.Characters());
    }

    [Fact]
    public void An_actor_whose_name_ends_in_jr_plays_the_name_after_faz()
    {
        var mentions = Extract.From("Rafael Nogueira Jr. faz Otávio Lemos, o delegado corrupto.");

        Assert.Equal(new CharacterMention("Otávio Lemos", null, "Rafael Nogueira Jr"), mentions.Characters.Single());
    }

    [Fact]
    public void A_person_made_to_do_something_stays_a_person() =>
        Assert.Equal(
            ["Rafael Nogueira", "Otávio Lemos"],
            Extract.From("Rafael Nogueira contou que quando fez Otávio Lemos chorar, errou a fala.").People());

    [Fact]
    public void Every_name_in_a_list_of_roles_is_a_character() =>
        Assert.Equal(
            ["Diana Castro", "Lúcia Prates", "Vera Antunes"],
            Extract.From("Carla Mendes já teve papéis como Diana Castro, Lúcia Prates e Vera Antunes.").Characters().Order());

    [Theory]
    [InlineData("Rafael Nogueira viveu o soldado Otávio Lemos em Noite Sem Fim (2009), de Paulo Duarte, e o piloto Bruno Tavares em Asfalto Quente (2013).")]
    [InlineData("Rafael Nogueira já tinha criado vilões marcantes, como o Coveiro de Noite Sem Fim (2009), de Paulo Duarte, e o tenente Bruno Tavares, de Asfalto Quente (2013).")]
    public void A_described_name_joined_to_a_role_in_another_dated_film_is_one_more_role(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Equal(["Paulo Duarte", "Rafael Nogueira"], mentions.People().Order());
        Assert.Equal("Asfalto Quente", mentions.Characters.Single(c => c.Name == "Bruno Tavares").Film?.Title);
    }

    [Theory]
    [InlineData("Rafael Nogueira viveu o soldado Otávio Lemos em Noite Sem Fim (2009) e depois filmou com o diretor Bruno Tavares em Asfalto Quente (2013).")]
    [InlineData("Rafael Nogueira viveu o soldado Otávio Lemos em Noite Sem Fim (2009), e o diretor Bruno Tavares em Asfalto Quente (2013) o chamou de novo.")]
    public void A_name_after_a_new_verb_or_a_film_trade_is_no_role(string fact) =>
        Assert.Contains("Bruno Tavares", Extract.From(fact).People());

    [Fact]
    public void A_name_played_in_one_fact_stays_a_character_alone_in_another()
    {
        var facts = Extract.FromFile(["Rafael Nogueira interpretou Otávio Lemos.", "No roteiro original, Otávio Lemos morria no fim."]);

        Assert.Empty(facts[1].People);
        Assert.Equal(["Otávio Lemos"], facts[1].Characters());
    }

    [Theory]
    [InlineData("Rafael Nogueira interpreta o astuto Otávio Lemos.")]
    [InlineData("Rafael Nogueira dá vida ao pescador Otávio Lemos.")]
    [InlineData("Rafael Nogueira aparece como o delegado Otávio Lemos.")]
    [InlineData("Otávio Lemos, o vilão vivido por Rafael Nogueira, só aparece no fim.")]
    [InlineData("Otávio Lemos, papel de Rafael Nogueira, só aparece no fim.")]
    [InlineData("Rafael Nogueira faz Otávio Lemos, seu primeiro vilão.")]
    [InlineData("Rafael Nogueira, que vive Otávio Lemos, treinou boxe.")]
    [InlineData("Rafael Nogueira entrou na pele de Otávio Lemos aos 60 anos.")]
    [InlineData("Rafael Nogueira dá voz a Otávio Lemos na versão brasileira.")]
    public void Words_describing_the_character_may_stand_in_the_role_slot(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Equal(["Rafael Nogueira"], mentions.People());
        Assert.Equal(["Otávio Lemos"], mentions.Characters());
    }

    [Fact]
    public void After_a_plural_verb_every_name_joined_is_a_role() =>
        Assert.Equal(
            ["Diana Castro", "Vera Antunes"],
            Extract.From("Carla Mendes e Lúcia Prates vivem Diana Castro e Vera Antunes, duas irmãs.").Characters().Order());

    [Fact]
    public void A_full_name_sharing_the_first_name_of_a_played_character_is_that_character()
    {
        var facts = Extract.FromFile(["Rafael Nogueira recusou o papel de Otávio.", "Na cena final, Otávio Lemos foge para o sul."]);

        Assert.Empty(facts[1].People);
        Assert.Equal(["Otávio Lemos"], facts[1].Characters());
    }

    [Fact]
    public void Two_full_names_sharing_a_played_first_name_are_both_the_character()
    {
        var facts = Extract.FromFile(["Rafael Nogueira viveu Otávio.", "Otávio Lemos era o nome de solteiro.", "Já velho, Otávio Lemos Prates voltou à cidade."]);

        Assert.Equal(["Otávio Lemos", "Otávio Lemos Prates"], facts.Skip(1).SelectMany(f => f.Characters()));
    }

    [Fact]
    public void A_role_in_a_named_film_needs_no_actor_beside_it() =>
        Assert.Equal(["Otávio Lemos"], Extract.From("Ele voltaria como Otávio Lemos em Mar Aberto (2021).").Characters());

    [Theory]
    [InlineData("O Capitão Trovão salva a cidade no último ato.")]
    [InlineData("A Mulher-Gavião ganhou um filme próprio.")]
    [InlineData("O traje do Doutor Sombra pesava vinte quilos.")]
    [InlineData("Sargento Pimenta aparece em apenas duas cenas.")]
    public void A_hero_or_title_built_from_ordinary_words_is_not_a_person(string fact) =>
        Assert.Empty(Extract.From(fact).People);

    [Fact]
    public void A_full_name_with_the_family_name_of_a_character_is_a_character()
    {
        var facts = Extract.FromFile(["Rafael Nogueira vive Otávio Lemos, o patriarca.", "A caçula, Irene Lemos, só aparece no fim."]);

        Assert.Empty(facts[1].People);
        Assert.Equal(["Irene Lemos"], facts[1].Characters());
    }

    [Fact]
    public void A_full_name_the_subject_title_holds_is_its_character()
    {
        var facts = TriviaFileExtractor.Extract(new SubjectFilm("Marcos Valente: A Volta", null, 2011, []), ["Marcos Valente fala com a câmera em três cenas."]);

        Assert.Empty(facts[0].People);
        Assert.Equal(["Marcos Valente"], facts[0].Characters());
    }

    [Fact]
    public void A_single_name_played_elsewhere_is_no_actor_after_e()
    {
        var facts = Extract.FromFile(["Caio Prates, que fez Tobias na infância, era canhoto.", "O homem que ajuda Tobias é Caio Prates, irmão do diretor."]);

        Assert.Equal(["Caio Prates"], facts[1].People());
    }

    [Fact]
    public void After_e_papel_de_the_name_is_the_actor()
    {
        var mentions = Extract.From("O menino é vivido por Caio Nogueira, e a mãe, que o recebe em casa, é papel de Mitsuko Baisho, irmã da atriz Chieko Baisho.");

        Assert.Contains("Mitsuko Baisho", mentions.People());
        Assert.DoesNotContain("Mitsuko Baisho", mentions.Characters());
    }

    [Fact]
    public void A_name_set_off_and_followed_by_its_trade_is_a_person() =>
        Assert.Equal(["Jack Fiske"], Extract.From("Quem sugeriu a atriz foi o marido dela, Jack Fiske, diretor de arte do filme.").People());

    [Theory]
    [InlineData("Rafael Nogueira aparece só no primeiro ato como Otávio Lemos, o veterano que ensina o ofício ao novato.")]
    [InlineData("Rafael Nogueira voltou a filmar com Paulo Duarte em Mar Aberto (2021), como Otávio Lemos, um alter ego do diretor.")]
    [InlineData("Rafael Nogueira interpreta o protagonista, o treinador Otávio Lemos, dono de uma academia falida.")]
    [InlineData("Rafael Nogueira vive o vilão, Otávio Lemos, que só aparece no segundo ato.")]
    [InlineData("Rafael Nogueira, astro da série Vale Azul, é Otávio Lemos, o apresentador do programa.")]
    public void A_name_set_off_and_described_in_a_role_slot_is_a_character(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Contains("Rafael Nogueira", mentions.People());
        Assert.Equal(["Otávio Lemos"], mentions.Characters());
    }

    [Fact]
    public void A_name_set_off_after_como_that_gives_examples_is_no_character() =>
        Assert.Contains("Paulo Duarte", Extract.From("Cineastas como Paulo Duarte, o mais jovem do grupo, defenderam o filme.").People());

    [Theory]
    [InlineData("Nádia Barros, creditada como Nádia Fontes, interpreta Lívia, a irmã mais nova.")]
    [InlineData("Nádia Barros, assinando como Nádia Fontes, interpreta Lívia, a irmã mais nova.")]
    public void The_name_someone_is_credited_under_is_no_role(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Equal(["Nádia Barros", "Nádia Fontes"], mentions.People());
        Assert.Equal(["Lívia"], mentions.Characters());
    }

    [Fact]
    public void A_given_name_that_is_also_an_award_before_ordinary_words_and_a_verb_of_playing_is_the_actor()
    {
        var fact = Extract.From("Oscar Pedras faz Tonico, o menino que mora no farol.");

        Assert.Equal(["Oscar Pedras"], fact.People());
        Assert.Equal(["Tonico:Oscar Pedras"], fact.Characters.Select(c => $"{c.Name}:{c.ActorName}"));
    }

    [Theory]
    [InlineData("Zuleica interpreta a si mesma, uma cantora de rádio.", "Zuleica", "atriz")]
    [InlineData("Tavinho vive ele mesmo numa ponta no fim.", "Tavinho", "ator")]
    public void A_name_that_plays_itself_is_an_actor(string fact, string name, string profession) =>
        Assert.Equal([profession], Extract.From(fact).ProfessionsOf(name));

    [Fact]
    public void A_full_name_set_off_by_a_description_before_como_plays_the_role()
    {
        var fact = Extract.From("No papel recusado entrou Lia Soares Reis, sobrinha do produtor, como Dora Vilela.");

        Assert.Equal(["Lia Soares Reis"], fact.People());
        Assert.Equal(["Dora Vilela:Lia Soares Reis"], fact.Characters.Select(c => $"{c.Name}:{c.ActorName}"));
    }

    [Fact]
    public void Examples_after_a_plural_and_como_are_people_even_after_a_name_set_off()
    {
        var fact = Extract.From("Ele era neto de Rui Prado, fundador do museu, e conviveu com poetas, como Tito Lemos Dantas.");

        Assert.Equal(["Rui Prado", "Tito Lemos Dantas"], fact.People());
        Assert.Empty(fact.Characters);
    }

    [Fact]
    public void Fez_and_a_described_name_is_a_role_even_without_an_actor_named()
    {
        var fact = Extract.From("Na série da TV paga, o ator fez o bandido Tadeu Rocha.");

        Assert.Empty(fact.People());
        Assert.Equal(["Tadeu Rocha"], fact.Characters());
    }

    [Fact]
    public void Fez_and_a_described_name_before_an_infinitive_makes_someone_act_and_plays_no_one() =>
        Assert.Empty(Extract.From("A cena fez o amigo Tadeu Rocha chorar no set.").Characters());

    [Fact]
    public void The_name_before_no_papel_de_plays_the_role_after_it()
    {
        var fact = Extract.From("A sequência tem Nair Bento no papel da cantora Lia Sampaio, que perde a voz.");

        Assert.Equal(["Nair Bento"], fact.People());
        Assert.Equal("Nair Bento", fact.Characters.Single(c => c.Name == "Lia Sampaio").ActorName);
    }

    [Fact]
    public void The_name_someone_passed_to_sign_under_is_no_role() =>
        Assert.Empty(Extract.From("Curiosidade: Caio Brum passou a assinar como Caio Monte pouco depois.").Characters);

    [Fact]
    public void The_opening_words_of_a_played_name_alone_in_another_fact_are_that_character()
    {
        var mentions = Extract.FromFile(
        [
            "Caio Prado vive Rei Leo Ferraz, o dono do circo falido.",
            "No fim, Rei Leo vende a lona e parte para o litoral.",
        ]);

        Assert.DoesNotContain("Rei Leo", mentions[1].People());
        Assert.Contains("Rei Leo Ferraz", mentions[1].Characters());
    }
}
