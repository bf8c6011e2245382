namespace TriviaApi.Tests.Extraction;

/// <summary>Titles read from their context: examples of works, a title before its subtitle, and where a dated title begins, after a role or not.</summary>
public class TitleContextTests
{
    [Fact]
    public void Examples_after_a_kind_of_work_are_titles_not_people() =>
        Assert.Empty(Extract.From("Entrou no catálogo com outros títulos do estúdio, como Raposa Branca e O Farol de Vidro.").People);

    [Fact]
    public void A_name_before_a_colon_and_a_subtitle_in_mid_sentence_is_a_title() =>
        Assert.Empty(Extract.From("Na disputa, deixou para trás Kill Moon: Noite de Caça e outros três.").People);

    [Fact]
    public void A_name_after_com_a_is_a_company() =>
        Assert.Empty(Extract.From("Nos Estados Unidos, os direitos ficaram com a Orbe Lanterna, que lançou o longa em 2020.").People);

    [Fact]
    public void A_dated_title_after_a_kind_of_work_that_is_no_film_is_no_film() =>
        Assert.Empty(Extract.From("Anos depois, ela viveria outra mãe na novela Laços de Areia (2019).").Films);

    [Theory]
    [InlineData("O fotógrafo já havia trabalhado com Yoon em Chuva Fina: A Volta pela Serra (2009).", "Chuva Fina: A Volta pela Serra (2009)")]
    [InlineData("Ela ganhou Melhor Atriz no Festival de Veneza por Quando o Mar Voltar (1986).", "Quando o Mar Voltar (1986)")]
    public void A_name_or_award_before_a_preposition_is_cut_even_when_the_title_holds_prepositions(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Fact]
    public void What_a_trilogy_is_of_is_a_title() =>
        Assert.Empty(Extract.From("Ela também viveu a rainha na segunda trilogia de Guerra Solar.").People);

    [Fact]
    public void A_name_after_a_romance_article_is_a_place() =>
        Assert.Empty(Extract.From("Na taverna La Boussole, o espião se entrega pelo sotaque.").People);

    [Theory]
    [InlineData("Foi a maior bilheteria de Tarantino até Vento Norte (2012).", "Vento Norte (2012)")]
    [InlineData("Coube a Raul Pimentel, o Sargento Hartwig de Marcha Lenta (1987), gravar a voz.", "Marcha Lenta (1987)")]
    public void A_name_before_until_or_a_role_of_a_film_is_cut_from_the_title(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("Rui Vaz foi depois o salva-vidas Bento de Maré Cheia (2016), de Ana Reis.", "Maré Cheia (2016)", "Bento")]
    [InlineData("Tino Prado emendou outro sucesso, como Zeca em Tudo ou Quase (1997).", "Tudo ou Quase (1997)", "Zeca")]
    [InlineData("Criança, ele tinha sido Bola Curta em Caio Lobo e o Templo Perdido (1984).", "Caio Lobo e o Templo Perdido (1984)", "Bola Curta")]
    [InlineData("Tino Prado viveu Zeca em Tudo ou Quase (1997).", "Tudo ou Quase (1997)", "Zeca")]
    [InlineData("Um ano depois, Tino ficaria conhecido como o deputado Caio Lobo em Ordem Unida 2: O Retorno (2010).", "Ordem Unida 2: O Retorno (2010)", "Caio Lobo")]
    [InlineData("O ator já tinha criado vilões marcantes, como o Curinga de Morcego (1989), de Lia Dias.", "Morcego (1989)", "Curinga")]
    public void A_role_before_de_or_em_is_not_part_of_the_title(string fact, string title, string character)
    {
        var mentions = Extract.From(fact);

        Assert.Equal([title], mentions.Titles());
        Assert.Contains(character, mentions.Characters());
    }

    [Theory]
    [InlineData("A cena homenageia Vera Lins e Caio Prado em Estrada Velha (1954), um faroeste.", "Estrada Velha (1954)")]
    [InlineData("A trilha lembra a de Reis e Mota em Noite Sem Fim (2011), com sintetizadores.", "Noite Sem Fim (2011)")]
    [InlineData("O vencedor daquele ano foi o chinês O Casamento de Lin (2006), de Wang Li.", "O Casamento de Lin (2006)")]
    public void Names_joined_by_e_before_em_and_a_nationality_are_no_part_of_the_title(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("Ele adorava filmes como Morte em Veneza (1971) e a comédia Sol de Inverno (2002).", "Morte em Veneza (1971)")]
    [InlineData("O diretor revia o clássico Morte de um Caixeiro Viajante (1951) todo ano.", "Morte de um Caixeiro Viajante (1951)")]
    [InlineData("Ela brilhou como Rainha de Copas (1990), um drama de época.", "Rainha de Copas (1990)")]
    [InlineData("O produtor ajudou os irmãos a lançar Gosto de Sal (1984), o primeiro longa.", "Gosto de Sal (1984)")]
    public void Examples_kinds_of_work_and_verbs_before_a_title_leave_it_whole(string fact, string title) =>
        Assert.Contains(title, Extract.From(fact).Titles());

    [Theory]
    [InlineData("Lúcia Prado concorreu ao Grande Prêmio do Cinema Brasileiro de Melhor Atriz por Maré Alta (2016).", "Maré Alta (2016)")]
    [InlineData("Ela foi lembrada entre as candidatas à Copa Volpi por Sombra Clara (1953).", "Sombra Clara (1953)")]
    [InlineData("O vilão foi vivido por Caio Romano na série de TV e por Jonas Nogueira em Morcego (1989).", "Morcego (1989)")]
    [InlineData("Aster voltou a trabalhar com a A24 em Solstício: O Mal Espera (2019), rodado na Hungria.", "Solstício: O Mal Espera (2019)")]
    [InlineData("Claudia Cardona já tinha filmado com Fellini em 8½ (1963).", "8½ (1963)")]
    public void An_award_a_name_or_a_company_before_the_title_is_cut_from_it(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("Kim reverenciou Leone em The Quick, the Dead, the Lost (2008).", "The Quick, the Dead, the Lost (2008)")]
    [InlineData("Ele levou o Globo de Ouro de ator em comédia por Ei, Meu Velho, Cadê Você? (2000).", "Ei, Meu Velho, Cadê Você? (2000)")]
    [InlineData("Venceu como Melhor Filme em Gramado com Avante, Brasil (1982), drama sobre a tortura.", "Avante, Brasil (1982)")]
    [InlineData("Também passou por Cannes naquele ano, fora de competição, Lisboa, Meu Amor (1959), de Alain Resnais.", "Lisboa, Meu Amor (1959)")]
    public void A_comma_inside_a_title_is_kept(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Fact]
    public void A_maker_after_a_kind_of_work_and_de_is_no_part_of_the_title_after_the_comma()
    {
        var mentions = Extract.From("O filme seguinte de Moretti, A Praia Vazia (1960), levou a Palma de Ouro.");

        Assert.Equal(["A Praia Vazia (1960)"], mentions.Titles());
    }

    [Fact]
    public void A_sentence_before_a_numbered_titles_colon_is_no_label() =>
        Assert.Equal(["1942: Uma Farra no Front (1979)"], Extract.From("O diretor vinha do fracasso de 1942: Uma Farra no Front (1979) e prometeu economia.").Titles());

    [Theory]
    [InlineData("A parceria continuou em Lobo Cinzento, A Última Ceia (1988) e Noite Alta (1999).", "A Última Ceia (1988)")]
    [InlineData("Ele dirigiu musicais como Amor, Doce Amor (1961) e A Noviça (1965).", "Amor, Doce Amor (1961)")]
    public void A_comma_before_a_capitalised_article_in_a_list_parts_two_titles(string fact, string title) =>
        Assert.Equal(title, Extract.From(fact).Titles()[0]);

    [Theory]
    [InlineData("A peça já tinha sido filmada na Alemanha Ocidental em Die Blaue Treppe (1957).", "Die Blaue Treppe (1957)")]
    [InlineData("Vera Nunes, o Cigano de Asfalto Quente (2013), faz uma ponta no segundo ato.", "Asfalto Quente (2013)")]
    [InlineData("O ator, lembrado como o agiota Sr. Bento de Três Noites e um Dia (2007), vive aqui o juiz.", "Três Noites e um Dia (2007)")]
    [InlineData("O diretor já tinha filmado o caso em Lúcio Ramos, o Homem da Serra (1977).", "Lúcio Ramos, o Homem da Serra (1977)")]
    [InlineData("O fotógrafo já havia filmado De Volta ao Cais (1985) com o mesmo diretor.", "De Volta ao Cais (1985)")]
    [InlineData("A trilogia continuou em Por uns Trocados a Mais (1965), com o mesmo trio.", "Por uns Trocados a Mais (1965)")]
    [InlineData("O faroeste era uma refilmagem não autorizada de Kageboshi, o Vigia (1961), de Akira Sato.", "Kageboshi, o Vigia (1961)")]
    [InlineData("Ela ganhou o prêmio da crítica de Nova York, nos Estados Unidos, por Pivete, a Lei da Rua (1981).", "Pivete, a Lei da Rua (1981)")]
    public void A_place_or_a_role_before_a_dated_title_is_cut_and_a_name_after_a_preposition_is_kept(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("A crítica viu a influência de Persona em 3 Irmãs (1977), de Walter Campos.", "3 Irmãs (1977)")]
    [InlineData("O computador é uma homenagem ao HAL 9000 de 2001: Uma Viagem ao Cosmos (1968).", "2001: Uma Viagem ao Cosmos (1968)")]
    [InlineData("A montagem lembra a de Walter Campos em Terra em Chamas (1967), segundo a crítica.", "Terra em Chamas (1967)")]
    public void A_name_before_em_or_de_and_a_number_or_a_credited_person_before_em_is_cut(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("Ela já era estrela da televisão por causa de Lia Bonita (1975), novela da TV Globo.")]
    [InlineData("Os dois voltaram a se encontrar no remake de Mar Aberto (2022), da TV Globo.")]
    public void A_dated_title_that_what_follows_calls_a_show_is_no_film(string fact) =>
        Assert.Empty(Extract.From(fact).Films);

    [Fact]
    public void A_dated_title_followed_by_a_genre_is_a_film() =>
        Assert.Equal(["Remédio para a Tristeza (2008)"], Extract.From("Veio oito anos depois de Remédio para a Tristeza (2008), romance de baixíssimo orçamento.").Titles());
}
