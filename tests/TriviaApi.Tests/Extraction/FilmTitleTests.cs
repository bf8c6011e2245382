namespace TriviaApi.Tests.Extraction;

public class FilmTitleTests
{
    [Fact]
    public void Title_followed_by_its_year_in_parentheses_is_a_film() =>
        Assert.Equal(["A Bela e a Fera (2017)"], Extract.From("Ela deixou as produções de A Bela e a Fera (2017) de lado.").Titles());

    [Fact]
    public void Year_attached_to_the_title_without_a_space_still_marks_a_film() =>
        Assert.Equal(["Oito e Meio (1963)"], Extract.From("Inspirado até mesmo em Oito e Meio(1963).").Titles());

    [Theory]
    [InlineData("A música também foi tocada em Whiplash - Em Busca da Perfeição (2014), quando eles saem.", "Whiplash - Em Busca da Perfeição (2014)")]
    [InlineData("Stone viveu Gwen Stacy em O Espetacular Homem-Aranha 2: A Ameaça de Electro (2014).", "O Espetacular Homem-Aranha 2: A Ameaça de Electro (2014)")]
    [InlineData("Ele foi baterista no filme The Wonders - O Sonho Não Acabou (1996), de Tom Hanks.", "The Wonders - O Sonho Não Acabou (1996)")]
    public void Titles_keep_their_dashes_colons_and_numbers(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("Chazelle adora Singin' in the Rain (1952).", "Singin' in the Rain (1952)")]
    [InlineData("Chazelle adora Singin' In The Rain (1952).", "Singin' In The Rain (1952)")]
    public void An_apostrophe_inside_a_title_keeps_it_whole(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Fact]
    public void Films_listed_with_commas_and_e_are_each_a_film() =>
        Assert.Equal(
            ["Cantando na Chuva (1952)", "O Picolino (1935)", "Os Guarda-Chuvas do Amor (1964)", "The Young Girls of Rochefort (1967)", "Oito e Meio (1963)"],
            Extract.From("Inspirado em filmes como: Cantando na Chuva (1952), O Picolino (1935), Os Guarda-Chuvas do Amor (1964), The Young Girls of Rochefort (1967) e até mesmo Oito e Meio(1963).").Titles());

    [Fact]
    public void A_capitalised_article_after_a_preposition_opens_the_title() =>
        Assert.Equal(
            ["O Aviador (2004)", "Shakespeare Apaixonado (1998)"],
            Extract.From("Ela ganhou os Oscar por O Aviador (2004) e Shakespeare Apaixonado (1998).").Titles());

    [Fact]
    public void A_preposition_opening_the_sentence_is_not_part_of_the_title() =>
        Assert.Equal(["Whiplash (2014)"], Extract.From("Em Whiplash (2014), o baterista sangra.").Titles());

    [Fact]
    public void Brazilian_title_with_original_title_and_year_in_parentheses_gives_both_titles()
    {
        var film = Assert.Single(Extract.From("Ele adorou La La Land: Cantando Estações (La La Land, 2016) desde a estreia.").Films);

        Assert.Equal(("La La Land: Cantando Estações", "La La Land", 2016), (film.Title, film.OriginalTitle, film.Year));
    }

    [Theory]
    [InlineData("O diretor citou \"Um Sonho de Liberdade\" (1994) como influência.")]
    [InlineData("O diretor citou “Um Sonho de Liberdade” (1994) como influência.")]
    public void Title_in_straight_or_curly_quotes_before_its_year_is_a_film(string fact) =>
        Assert.Equal(["Um Sonho de Liberdade (1994)"], Extract.From(fact).Titles());

    [Fact]
    public void Title_in_quotes_after_the_word_filme_is_a_film_without_a_year() =>
        Assert.Equal(["Drive ()"], Extract.From("Gosling recusou o filme \"Drive\" naquele ano.").Titles());

    [Fact]
    public void A_title_dated_in_one_fact_is_recognised_undated_in_another()
    {
        var facts = Extract.FromFile(["Ele estrelou Amor a Toda Prova (2011).", "As filmagens de Amor a Toda Prova duraram meses."]);

        Assert.Equal(["Amor a Toda Prova (2011)"], facts[1].Titles());
    }

    [Fact]
    public void The_subject_film_named_in_a_fact_is_not_listed_as_another_film() =>
        Assert.Empty(Extract.From("Em Summer Nights, a música também é tocada.").Films);

    [Fact]
    public void A_date_in_parentheses_without_a_title_is_no_film() =>
        Assert.Empty(Extract.From("Estreou em 31 de agosto (2016) no festival.").Films);

    [Theory]
    [InlineData("Anos depois, o compositor estreou a ópera Noite Branca (1984) em Lisboa.")]
    [InlineData("A orquestra tocou a sinfonia Mar Aberto (1931), a mais curta do autor.")]
    public void A_dated_opera_or_other_piece_of_music_is_no_film(string fact) =>
        Assert.Empty(Extract.From(fact).Films);

    [Fact]
    public void A_piece_a_director_filmed_is_a_film() =>
        Assert.Equal(["Noite Branca (1984)"], Extract.From("Depois do sucesso, a diretora filmou a ópera Noite Branca (1984), com cantores da casa.").Titles());

    [Theory]
    [InlineData("Ela já tinha vencido em Veneza por Eu Sei que Vou te Amar (1986), de um diretor estreante.", "Eu Sei que Vou te Amar (1986)")]
    [InlineData("O roteiro lembra Quem Me Ama de Verdade (2001), de outro estreante.", "Quem Me Ama de Verdade (2001)")]
    public void A_title_keeps_its_pronouns_between_capitals(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Fact]
    public void A_title_of_one_word_is_not_read_inside_a_name_with_a_foreign_particle()
    {
        var facts = Extract.FromFile(["O diretor assinou Ludovico (1972), sobre o rei da Baviera.", "Na festa toca uma sonata de Ludovico van Hessen, e ninguém dança."]);

        Assert.Empty(facts[1].Films);
        Assert.Contains("Ludovico van Hessen", facts[1].People());
    }

    [Theory]
    [InlineData("A atriz ganhou o prêmio pela Dona Zica de E a Chuva Caiu (1961), seu papel mais lembrado.", "E a Chuva Caiu (1961)")]
    [InlineData("O compositor ficou famoso pelo Tonho de Se Eu Voltar (1977), um musical modesto.", "Se Eu Voltar (1977)")]
    public void A_capitalised_small_word_after_a_preposition_opens_the_title(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("Os dois voltaram a filmar juntos em Corro Porque Devo, Fico Porque Quero (2011), um diário de estrada.", "Corro Porque Devo, Fico Porque Quero (2011)")]
    [InlineData("Depois ela dirigiu Era uma Vez Eu, Marta (2015), com atores do bairro.", "Era uma Vez Eu, Marta (2015)")]
    public void A_title_that_speaks_in_capitals_goes_on_past_its_comma(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Fact]
    public void A_category_before_para_is_not_part_of_the_title() =>
        Assert.Equal(["Rio Sem Volta (2004)"], Extract.From("Perdeu o Oscar de Melhor Filme para Rio Sem Volta (2004), de um veterano.").Titles());
}
