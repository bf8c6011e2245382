namespace TriviaApi.Tests.Extraction;

/// <summary>Roles given by voice, by longer descriptions, by lists and by appositions after "o personagem de".</summary>
public class VoiceAndListRoleTests
{
    [Theory]
    [InlineData("Otto Brandão faz a voz do baixinho e ranzinza Barão Tibúrcio.", "Barão Tibúrcio")]
    [InlineData("Otto Brandão empresta sua voz ao temido crítico gastronômico Anselmo Vidal.", "Anselmo Vidal")]
    [InlineData("Otto Brandão empresta a voz ao agente do governo Anselmo Vidal.", "Anselmo Vidal")]
    [InlineData("Otto Brandão faz o dono de cassinos clandestinos Anselmo Vidal.", "Anselmo Vidal")]
    [InlineData("Completam o elenco Otto Brandão como o empresário de comunicação Anselmo Vidal e Lia Moretti como Tânia.", "Anselmo Vidal")]
    [InlineData("Vilão: Otto Brandão dá vida ainda a Anselmo Vidal, o sócio que trai o herói.", "Anselmo Vidal")]
    [InlineData("Otto Brandão, nascido em Pelotas, já tinha sido Anselmo Vidal em O Último Trem (1997).", "Anselmo Vidal")]
    [InlineData("Otto Brandão, nascido em Pelotas, já tinha sido Caio Lobo em O Último Trem (1997) e Anselmo Vidal em Noite Fria (2000).", "Anselmo Vidal")]
    public void A_voice_or_a_longer_description_in_a_role_slot_is_a_role(string fact, string character)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(character, mentions.Characters());
        Assert.DoesNotContain(character, mentions.People());
        Assert.Contains("Otto Brandão", mentions.People());
    }

    [Fact]
    public void The_voice_of_a_singer_is_still_a_person() =>
        Assert.Equal(["Jairo Mendes"], Extract.From("A trilha tem \"Noite Fria\", na voz de Jairo Mendes.").People());

    [Fact]
    public void A_described_name_after_a_plural_played_verb_continues_the_list_of_roles()
    {
        var mentions = Extract.From("Os dois viveram Tereza Saldanha e o mordomo Anselmo Vidal em Casa Grande (2012).");

        Assert.Equal(["Tereza Saldanha", "Anselmo Vidal"], mentions.Characters());
        Assert.Empty(mentions.People());
    }

    [Fact]
    public void Words_of_again_between_vivido_and_por_keep_the_actor()
    {
        var mentions = Extract.From("A sequência retomou o matador Zé Caveira, vivido outra vez por Otto Brandão.");

        Assert.Equal(["Zé Caveira"], mentions.Characters());
        Assert.Equal("Otto Brandão", mentions.Characters[0].ActorName);
        Assert.Equal(["Otto Brandão"], mentions.People());
    }

    [Fact]
    public void A_name_set_off_after_the_character_of_an_actor_is_the_role()
    {
        var mentions = Extract.FromFile(["Otto Brandão também está no elenco.", "Em Pedra Lisa, o personagem de Brandão, Anselmo Vidal, não parava de falar."]);

        Assert.Equal(["Anselmo Vidal"], mentions[1].Characters());
        Assert.Equal(["Otto Brandão"], mentions[1].People());
    }

    [Fact]
    public void A_name_set_off_after_a_role_that_is_no_actor_stays_a_person() =>
        Assert.Contains("Lia Moretti", Extract.FromFile(["Ela recusou o papel de Eunice, Lia Moretti, e seguiu no teatro."])[0].People());

    [Fact]
    public void A_described_name_of_a_dated_film_is_its_character()
    {
        var mentions = Extract.From("Ela ainda era associada à princesa Lívia Monforte de O Baile da Corte (2001).");

        Assert.Equal(["Lívia Monforte"], mentions.Characters());
        Assert.Equal("O Baile da Corte", mentions.Characters[0].Film?.Title);
        Assert.Empty(mentions.People());
    }

    [Fact]
    public void The_surname_of_a_played_character_alone_is_no_person()
    {
        var mentions = Extract.FromFile(["Otto Brandão vive o senador conservador Anselmo Vidal.", "No fim, o senador Vidal discursa para a multidão."]);

        Assert.Empty(mentions[1].People());
    }

    [Fact]
    public void The_role_an_award_was_won_for_is_a_character()
    {
        var mentions = Extract.From("O longa deu a Caio Brandt o Oscar de Melhor Ator Coadjuvante pelo dublê Cliff Vance.");

        Assert.Equal(["Cliff Vance"], mentions.Characters());
        Assert.Equal(["Caio Brandt"], mentions.People());
    }

    [Fact]
    public void Who_presented_an_award_is_a_person() =>
        Assert.Equal(["Jane Fonda"], Extract.From("A estatueta do Oscar foi entregue pela atriz Jane Fonda.").People());

    [Fact]
    public void A_profession_after_o_papel_de_describes_the_role() =>
        Assert.Equal(["Jean Valmont"], Extract.From("Otto Brandão aparece no papel do pintor francês Jean Valmont.").Characters());

    [Fact]
    public void Dublada_pelo_proprio_names_the_actor_after_a_description()
    {
        var mentions = Extract.From("Edna Vale, a estilista miudinha que desenha os uniformes, foi dublada pelo próprio Otto Brandão.");

        Assert.Equal(["Edna Vale"], mentions.Characters());
        Assert.Equal("Otto Brandão", mentions.Characters[0].ActorName);
        Assert.Equal(["Otto Brandão"], mentions.People());
    }

    [Theory]
    [InlineData("Caio Brandt ganhou o de Melhor Ator como Luís Moreno.", "Luís Moreno")]
    [InlineData("Ela conquistaria o Oscar de Melhor Atriz anos depois, como Dora Werner, em Conduzindo Dona Dora (1989).", "Dora Werner")]
    [InlineData("Lia Moretti vive duas personagens: a enigmática Madalena Prado e a balconista Júlia Barros.", "Júlia Barros")]
    public void Roles_after_a_category_before_a_film_and_in_a_list_of_personagens(string fact, string character)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(character, mentions.Characters());
        Assert.DoesNotContain(character, mentions.People());
    }

    [Fact]
    public void A_description_naming_someone_still_reaches_its_actor()
    {
        var mentions = Extract.From("Gogo Lima, a guarda-costas colegial de O-Ren, é vivida por Chiara Kato.");

        Assert.Equal(["Gogo Lima"], mentions.Characters());
        Assert.Equal(["Chiara Kato"], mentions.People());
    }

    [Fact]
    public void A_played_by_participle_belongs_to_the_nearest_name() =>
        Assert.Contains("Joaquim Campos", Extract.From("O livro \"Mil Faces\", de Joaquim Campos, ajudou a moldar a jornada de Lucas Vento, vivido por Marcos Hamel.").People());

    [Theory]
    [InlineData("Otto Brandão e Lia Moretti formam o casal Anselmo Vidal e Tânia Reis, donos de uma casa.")]
    [InlineData("Otto Brandão e Lia Moretti tinham formado o casal Anselmo Vidal e Tânia Reis na minissérie Orgulho.")]
    [InlineData("Otto Brandão e Lia Moretti vivem a dupla Anselmo Vidal e Tânia Reis.")]
    public void A_couple_two_actors_form_pairs_them_with_its_roles_in_order(string fact) =>
        Assert.Equal(
            ["Anselmo Vidal:Otto Brandão", "Tânia Reis:Lia Moretti"],
            Extract.From(fact).Characters.Select(c => $"{c.Name}:{c.ActorName}"));

    [Fact]
    public void A_name_an_actor_is_set_off_as_the_voice_of_is_a_role()
    {
        var mentions = Extract.From("Na continuação, o gênio foi dublado por Caio Brum, a voz de Tonico Pimenta.");

        Assert.Equal(["Caio Brum"], mentions.People());
        Assert.Equal(["Tonico Pimenta"], mentions.Characters());
    }

    [Fact]
    public void An_actor_whose_voice_was_dubbed_is_the_person_the_file_names_in_full()
    {
        var mentions = Extract.FromFile(
        [
            "Rupert Hale interpreta o conde Otávio, um nobre arruinado.",
            "Na cópia francesa, a voz de Hale foi dublada pelo ator Paul Mercier.",
        ]);

        Assert.Contains("Rupert Hale", mentions[1].People());
        Assert.DoesNotContain("Hale", mentions[1].Characters());
    }

    [Fact]
    public void A_role_whose_voice_was_dubbed_stays_a_role() =>
        Assert.Contains("Tobias", Extract.From("Na versão brasileira, a voz de Tobias foi dublada pelo ator Rui Campos.").Characters());
}
