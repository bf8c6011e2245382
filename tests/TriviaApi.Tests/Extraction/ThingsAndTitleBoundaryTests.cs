namespace TriviaApi.Tests.Extraction;

/// <summary>
/// Names of awards, companies, places and programmes that look like people's, names that elide a particle or open
/// with a title of address, and where a dated title begins after an award, a credit or a second complement.
/// </summary>
public class ThingsAndTitleBoundaryTests
{
    [Theory]
    [InlineData("No festival de Berlim, o longa recebeu a Lola de Ouro de Melhor Roteiro.", "Lola de Ouro")]
    [InlineData("Os bonecos foram feitos pela Brinquedos Aurora S.A., de Joinville.", "Brinquedos Aurora S.A.")]
    [InlineData("A história começa em Berlim Oriental, no inverno de 1988.", "Berlim Oriental")]
    [InlineData("O filho grava edições falsas do telejornal Jornal Kamera para a mãe doente.", "Jornal Kamera")]
    [InlineData("Produção: Altavista Films e Zeta Film, com orçamento de 2 milhões de dólares.", "Films")]
    [InlineData("Os efeitos visuais: Toren Digital, que também fez as miniaturas.", "Toren Digital")]
    [InlineData("Em Tóquio, o longa levou o Sakura Grand Prix e o prêmio do público.", "Sakura Grand Prix")]
    [InlineData("Na versão americana, a Polícia Estadual de Ohio investiga a quadrilha.", "Polícia Estadual de Ohio")]
    [InlineData("Da janela do quarto, a Torre Kestrel aparece no horizonte.", "Torre Kestrel")]
    public void An_award_a_company_a_place_or_a_programme_is_no_person(string fact, string name) =>
        Assert.DoesNotContain(name, Extract.From(fact).People());

    [Fact]
    public void Examples_after_a_plural_of_things_are_no_roles()
    {
        var mentions = Extract.From("A equipe jantou em restaurantes como o Vila Serena e o Porto Antigo.");

        Assert.DoesNotContain("Vila Serena", mentions.Characters());
        Assert.DoesNotContain("Porto Antigo", mentions.Characters());
    }

    [Fact]
    public void A_described_role_after_a_plural_participle_and_como_is_still_a_role() =>
        Assert.Contains("Lobo", Extract.From("Os dois foram escalados como o Lobo e a Raposa.").Characters());

    [Fact]
    public void The_author_after_a_capitalised_work_is_the_person() =>
        Assert.Equal(["Ludwig van Beethoven"], Extract.From("O vilão ouve a Nona Sinfonia de Ludwig van Beethoven antes de cada crime.").People());

    [Fact]
    public void A_name_that_elides_its_particle_keeps_it() =>
        Assert.Contains("Neville d'Almeida", Extract.From("Ela fez A Dama do Ônibus (1978), de Neville d'Almeida, logo depois.").People());

    [Theory]
    [InlineData("Bob Tavares volta como o professor Mr. Ray, o peixe que ensina a turma.", "Mr. Ray")]
    [InlineData("Michel Gruber interpreta o Diretor Klappert, ex-chefe da mãe na escola.", "Diretor Klappert")]
    public void A_title_of_address_in_a_role_slot_belongs_to_the_character(string fact, string character)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(character, mentions.Characters());
        Assert.DoesNotContain(character.Split(' ')[^1], mentions.People());
    }

    [Fact]
    public void The_first_names_of_a_longer_name_are_the_same_person()
    {
        var mentions = Extract.FromFile(["A história parte do caso real de João Acácio Pereira da Costa, ladrão famoso.", "O verdadeiro João Acácio saiu da prisão em 1997."]);

        Assert.Equal(["João Acácio Pereira da Costa"], mentions[1].People());
    }

    [Theory]
    [InlineData("O robô aparece ao lado de WALL·E e de Castelo de Areia: O Retorno (2008) na lista da revista.", "Castelo de Areia: O Retorno (2008)")]
    [InlineData("A montagem cita Cidade Nua (1941), de Otto Weiss, a Fuga ao Amanhecer (1960) e outros.", "Fuga ao Amanhecer (1960)")]
    [InlineData("Um ano antes, o diretor levou dois atores ao Oscar com Meninos do Cais (2003), drama portuário.", "Meninos do Cais (2003)")]
    [InlineData("O ator ganhou o Kikito de Melhor Ator no Festival de Gramado por Cega Noite (2004), de Ana Vieira.", "Cega Noite (2004)")]
    [InlineData("A França preferiu indicar ao Oscar O Gosto do Sal (2023), de Pierre Lagarde.", "O Gosto do Sal (2023)")]
    [InlineData("A fita preferida do robô é Alô, Lili! (1969), musical dos anos dourados.", "Alô, Lili! (1969)")]
    public void A_dated_title_begins_after_an_award_a_credit_or_a_second_complement(string fact, string title) =>
        Assert.Contains(title, Extract.From(fact).Titles());

    [Fact]
    public void A_clip_s_dated_title_is_no_film() =>
        Assert.Empty(Extract.From("O figurino inspirou o clipe de \"The Lantern\" (1995), da banda Northfield.").Titles());

    [Fact]
    public void A_played_first_name_that_opens_several_full_names_names_none_of_them()
    {
        var mentions = Extract.FromFile(["Dario Lemos e Kátia Nunes dão voz a Hugo e Vera, dois turistas.", "O projeto nasceu num almoço entre Hugo Pratt e Hugo Lessa."]);

        Assert.Equal(["Hugo Pratt", "Hugo Lessa"], mentions[1].People());
    }

    [Fact]
    public void A_full_name_whose_surname_the_file_uses_alone_is_a_person_s_despite_a_played_first_name()
    {
        var mentions = Extract.FromFile(["Tadeu Lins vive Marco, o padeiro.", "Segundo Marco Benetti, a cena foi improvisada.", "Benetti recusou o crédito."]);

        Assert.Contains("Marco Benetti", mentions[1].People());
    }

    [Theory]
    [InlineData("Brühl viveu depois o soldado Fredo Zell em Vidas Partidas (2009).", "Fredo Zell")]
    [InlineData("Ana Lins e Rui Vaz interpretavam, respectivamente, o policial corrupto Lau Kin-wah e o agente Chan Ming.", "Lau Kin-wah")]
    [InlineData("Rui Vaz repete a voz da tartaruga surfista Brisa.", "Brisa")]
    [InlineData("Tino Prado, amigo do diretor, aparece como Fácil Andy, o vendedor de armas.", "Fácil Andy")]
    [InlineData("Rui Vaz ficou conhecido do grande público como Agenor Carrasco, o genro malandro da novela.", "Agenor Carrasco")]
    [InlineData("No curta, um mágico esquece de alimentar o coelho Alec Zamora antes do espetáculo.", "Alec Zamora")]
    public void A_role_after_an_adverb_a_voice_an_appearance_fame_or_an_animal_is_a_character(string fact, string character)
    {
        var mentions = Extract.From(fact);

        Assert.Contains(character, mentions.Characters());
        Assert.DoesNotContain(character, mentions.People());
    }

    [Fact]
    public void The_one_a_role_gets_its_voice_from_is_a_person() =>
        Assert.Contains("Ana Ofélia Murga", Extract.From("Personagem: Mamá Lola, a bisavó, ganhou a voz de Ana Ofélia Murga, veterana do cinema.").People());

    [Theory]
    [InlineData("O diretor foi lembrado em categorias como Fotografia e Montagem.", "Fotografia")]
    [InlineData("O jogo, da Nintendo, ficou conhecido nos Estados Unidos como Terra Firme.", "Terra Firme")]
    public void What_is_known_by_another_name_or_given_as_an_example_is_no_role(string fact, string name) =>
        Assert.DoesNotContain(name, Extract.From(fact).Characters());
}
