namespace TriviaApi.Tests.Extraction;

/// <summary>Where titles begin and end when lists, places, credits and numbers stand around them.</summary>
public class ListAndEdgeTests
{
    [Fact]
    public void A_list_of_titles_closed_by_one_year_dates_every_title() =>
        Assert.Equal(
            ["Vento Norte (1984)", "A Casa das Marés (1984)", "Sete Luas (1984)"],
            Extract.From("Na disputa, superou Vento Norte, A Casa das Marés e Sete Luas, todos lançados em 1984.").Titles());

    [Fact]
    public void Two_titles_sharing_a_year_by_ambos_are_both_films() =>
        Assert.Equal(["Vento Norte (1984)", "Sete Luas (1984)"], Extract.From("Ela venceu Vento Norte e Sete Luas, ambos de 1984.").Titles());

    [Fact]
    public void Names_closed_by_a_year_of_birth_are_not_titles() =>
        Assert.Empty(Extract.From("Estavam lá Rui Carvalhal e Beto Sanches, todos nascidos em 1950.").Titles());

    [Theory]
    [InlineData("Ele foi premiado em Gramado por Rio das Pedras (1999).", "Rio das Pedras (1999)")]
    [InlineData("O fotógrafo, premiado no ano anterior em Brasília por Rio das Pedras (1999), voltou.", "Rio das Pedras (1999)")]
    public void The_place_of_an_award_before_por_is_not_part_of_the_title(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Fact]
    public void A_credit_between_two_dated_titles_is_no_subtitle()
    {
        var mentions = Extract.From("Passaram na sala Terra Seca (1951), de Aldo Ferrante, Arroz Doce (1952), com Lia Moretti.");

        Assert.Equal(["Terra Seca (1951)", "Arroz Doce (1952)"], mentions.Titles());
        Assert.Equal(["Aldo Ferrante", "Lia Moretti"], mentions.People());
    }

    [Fact]
    public void A_credit_whose_name_holds_a_particle_is_no_subtitle_either() =>
        Assert.Equal(["Terra Seca (1951)", "Arroz Doce (1952)"], Extract.From("Passaram na sala Terra Seca (1951), de Aldo dos Santos, Arroz Doce (1952).").Titles());

    [Theory]
    [InlineData("Antes, ele dirigiu Porto, 40 Graus (1961).", "Porto, 40 Graus (1961)")]
    [InlineData("Concorrentes: Dois Amigos numa Noite Fria (2003), de Rui Carvalhal.", "Dois Amigos numa Noite Fria (2003)")]
    [InlineData("A sessão era de Le Pompe di Carrara (1950), uma comédia.", "Le Pompe di Carrara (1950)")]
    [InlineData("Perdeu o recorde para E.T.: O Visitante (1983).", "E.T.: O Visitante (1983)")]
    [InlineData("Ela fez a mulher do Capitão Ferraz em Tiro Certo (2007).", "Tiro Certo (2007)")]
    [InlineData("O cenário voltou como citação em Corredor Nº 9 (2016).", "Corredor Nº 9 (2016)")]
    [InlineData("Em A Ilha do Dr. Moreira (1996), ele viveu um cientista.", "A Ilha do Dr. Moreira (1996)")]
    [InlineData("Depois veio Mirko para Sempre (2010).", "Mirko para Sempre (2010)")]
    [InlineData("O diretor voltou a Salvador em Zeca Berro d'Água (2010).", "Zeca Berro d'Água (2010)")]
    [InlineData("Ele virou fenômeno como o Capitão Ferraz de Tiro Certo (2007).", "Tiro Certo (2007)")]
    [InlineData("A marca de 1984: Um Ano Difícil (2003) aparece no cenário.", "1984: Um Ano Difícil (2003)")]
    [InlineData("Depois de Porto Seco 2: O Retorno (2010), ele foi para Hollywood.", "Porto Seco 2: O Retorno (2010)")]
    [InlineData("O estúdio vinha de ROBÔ-X (2008).", "ROBÔ-X (2008)")]
    [InlineData("Ele é lembrado como o sargento Rogério Matos de Arma Letal (1987).", "Arma Letal (1987)")]
    public void Numbers_initials_foreign_connectors_and_roles_keep_titles_whole(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("Entre os filmes dele estão Lisboa, Ohio (1991), seu maior sucesso.", "Lisboa, Ohio (1991)")]
    [InlineData("Ela já tinha filmado com Ramos em Lisboa, Ohio (1991).", "Lisboa, Ohio (1991)")]
    [InlineData("Em Chile, 1973 (2015), o diretor volta ao golpe.", "Chile, 1973 (2015)")]
    [InlineData("Ele também fez Volta, Volta Amor (1970).", "Volta, Volta Amor (1970)")]
    [InlineData("Depois veio Pula, Tito, Pula (2001), uma comédia.", "Pula, Tito, Pula (2001)")]
    public void A_title_may_hold_a_comma_between_two_words_before_a_number_or_where_it_repeats_itself(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("O prêmio daquele ano ficou com La tormenta (2011), de um estreante.", "La tormenta (2011)")]
    [InlineData("A sessão abriu com Le Chapeau bleu (1948), uma comédia.", "Le Chapeau bleu (1948)")]
    [InlineData("Os dois já tinham filmado juntos em Toujours amoureux (2004).", "Toujours amoureux (2004)")]
    [InlineData("O diretor estreou em Recuerdos del invierno (1999), filmado em Havana.", "Recuerdos del invierno (1999)")]
    [InlineData("A paródia se chama Vampiro: Velho mas Feliz (1997).", "Vampiro: Velho mas Feliz (1997)")]
    [InlineData("Ele voltou em Corre, Corre 2½: A Revanche (1993).", "Corre, Corre 2½: A Revanche (1993)")]
    public void Foreign_words_in_lower_case_mas_and_fractions_stay_inside_a_title(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("A equipe estudou Le Rêve et la Nuit (1951), de um diretor francês.", "Le Rêve et la Nuit (1951)")]
    [InlineData("A trilogia seguiu em Hamlet + Ofélia (1999).", "Hamlet + Ofélia (1999)")]
    [InlineData("Ele dirigiu a parte brasileira de Fogo! Fogo! Fogo! (1975), sobre a guerra.", "Fogo! Fogo! Fogo! (1975)")]
    [InlineData("O prêmio foi para Rui Prado, de Adeus, Mr. Lopes (1950), e ninguém reclamou.", "Adeus, Mr. Lopes (1950)")]
    [InlineData("Depois veio Monstro contra Tubarão (1964), um sucesso.", "Monstro contra Tubarão (1964)")]
    public void Particles_after_a_foreign_article_plus_signs_exclamations_abbreviations_and_contra_stay_inside_a_title(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Fact]
    public void A_place_after_the_sentences_opening_preposition_and_a_comma_is_no_part_of_the_title() =>
        Assert.Equal(["Nova Onda do Mar (2016)"], Extract.From("No Japão, Nova Onda do Mar (2016) foi um sucesso.").Titles());

    [Theory]
    [InlineData("Em 2002, Nolan dirigiu Insônia (2002) no Alasca.", "Insônia (2002)")]
    [InlineData("Os atores vinham de Noite Fria (2001) quando se conheceram.", "Noite Fria (2001)")]
    [InlineData("Ramos e Lins fizeram Noite Fria (2001) juntos.", "Noite Fria (2001)")]
    public void A_verb_after_a_name_is_no_foreign_word_of_the_title(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("O júri estava em Cannes, Parasita (2019) venceu.", "Parasita (2019)")]
    [InlineData("Ele atuou em Mar Calmo, Farol (2007) e Noite Clara (2008).", "Farol (2007)")]
    public void A_place_or_a_list_before_the_comma_stays_out_of_the_title(string fact, string title) =>
        Assert.Contains(title, Extract.From(fact).Titles());

    [Fact]
    public void Undated_items_of_a_list_of_films_are_not_people() =>
        Assert.Empty(Extract.From("A parceria seguiu em Mar Calmo (2006), O Farol (2007), Noite Clara e Robin Guedes.").People());

    [Theory]
    [InlineData("Ela venceu o Oscar de Melhor Atriz por Noivo Feliz, Noiva Triste (1977).", "Noivo Feliz, Noiva Triste (1977)")]
    [InlineData("Vieram depois Porto (2019), codirigido com Rui Lemos, Retratos Velhos (2023).", "Retratos Velhos (2023)")]
    public void A_comma_after_an_award_is_in_the_title_and_after_a_credit_it_is_not(string fact, string title) =>
        Assert.Equal(title, Extract.From(fact).Titles()[^1]);

    [Fact]
    public void The_e_of_a_lists_last_item_joins_two_titles() =>
        Assert.Equal(
            ["Mar Calmo (2006)", "Noite Clara (2009)"],
            Extract.From("Vinha de sucessos como Mar Calmo (2006), Porto Seco e Noite Clara (2009).").Titles());

    [Fact]
    public void A_title_with_an_e_inside_a_list_that_goes_on_stays_whole() =>
        Assert.Equal(
            ["Mar Calmo (2006)", "Rita e Tomás (2008)", "Noite Clara (2009)"],
            Extract.From("Ele vinha de Mar Calmo (2006), Rita e Tomás (2008) e Noite Clara (2009).").Titles());

    [Fact]
    public void A_person_after_a_single_dated_title_is_still_a_person() =>
        Assert.Equal(["Rui Carvalhal"], Extract.From("O prêmio foi para Mar Calmo (2006), e Rui Carvalhal subiu ao palco.").People());

    [Fact]
    public void A_known_one_word_title_does_not_cut_a_longer_name()
    {
        var mentions = Extract.FromFile(["A biografia Carvalhal (2015) contou a filmagem.", "O filme foi dirigido por Otto Carvalhal."]);

        Assert.Equal(["Carvalhal (2015)"], mentions[0].Titles());
        Assert.Equal(["Otto Carvalhal"], mentions[1].People());
        Assert.Empty(mentions[1].Films);
    }

    [Theory]
    [InlineData("As filmagens ocorreram na Calábria, sobretudo em Monte Aurelio, cuja praça virou cenário.")]
    [InlineData("O bando cresce deslumbrado com os bares de East Harbor, no Brooklyn.")]
    [InlineData("As filmagens em Cedar Vineyard, no estado de Maine, duraram meses.")]
    [InlineData("A briga acontece na cantina de Tor Kessel, num porto do deserto.")]
    [InlineData("Em 2020, a plataforma chinesa Lotus Video exibiu o filme cortado.")]
    [InlineData("O Congresso aprovou a Lei Aldo Ferrante em 2022.")]
    [InlineData("Concorrentes no festival: Pescadores de Itaúna, de Rui Carvalhal.")]
    [InlineData("Levou o prêmio da Academy of Horror Tales, Fantasy and Dreams.")]
    [InlineData("Perdeu para Noite Clara 2: O Fim e XYZ: A Pergunta que Nunca Cala.")]
    public void Places_platforms_laws_and_titles_read_as_names_are_not_people(string fact) =>
        Assert.DoesNotContain(Extract.From(fact).People(), p => p is "Horror Tales" or "Nunca Cala" or "Monte Aurelio" or "East Harbor" or "Cedar Vineyard" or "Tor Kessel" or "Lotus Video" or "Lei Aldo Ferrante" or "Pescadores de Itaúna");

    [Fact]
    public void A_person_with_a_given_name_stays_a_person_before_where_something_happened() =>
        Assert.Contains("José Arruda", Extract.From("Morreu em 1940 pela volante de José Arruda, no interior da Bahia.").People());

    [Theory]
    [InlineData("Ele integrou o bando e foi preso: Cristino Gomes da Silva Cleto.", "Cristino Gomes da Silva Cleto")]
    [InlineData("Elenco principal: Aldo Ferrante, Lídio Silva, Rosa Serra.", "Lídio Silva")]
    public void Family_names_that_are_ordinary_words_still_make_people(string fact, string person) =>
        Assert.Contains(person, Extract.From(fact).People());

    [Fact]
    public void A_profession_qualified_by_a_kind_of_work_still_names_a_person() =>
        Assert.Equal(["Andreas Vogel"], Extract.From("O supervisor de animação Andreas Vogel estudou o ator.").People());

    [Theory]
    [InlineData("Ela dirigiu Mar Aberto (2011), com Caio Brum e Vera Lins, O Último Porto (2015) e Areia (2019).")]
    [InlineData("Ela dirigiu Mar Aberto (2011), com Caio Brum e Vera Lins, O Último Porto (2015).")]
    public void A_cast_after_com_in_a_list_of_films_stays_people(string fact)
    {
        var mentions = Extract.From(fact);

        Assert.Equal(["Caio Brum", "Vera Lins"], mentions.People());
        Assert.Contains("O Último Porto (2015)", mentions.Titles());
    }
}
