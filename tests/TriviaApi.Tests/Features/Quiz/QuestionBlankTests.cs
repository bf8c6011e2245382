using TriviaApi.Features.Quiz;

namespace TriviaApi.Tests.Features.Quiz;

public class QuestionBlankTests
{
    [Fact]
    public void Person_named_in_full_is_blanked_and_the_rest_kept_verbatim()
    {
        var moura = Made.Person("Wagner Moura");
        var fact = Made.Fact("Wagner Moura recusou o papel do vilão para gravar uma série.", [moura]);

        Assert.Equal("____ recusou o papel do vilão para gravar uma série.", Made.BlankOf(fact, moura)?.Question);
    }

    [Fact]
    public void Surname_left_in_the_sentence_refuses_the_person_blank()
    {
        var moura = Made.Person("Wagner Moura");
        var fact = Made.Fact("Wagner Moura treinou por meses. Depois, Moura gravou as cenas de ação sem dublê.", [moura]);

        Assert.Null(Made.BlankOf(fact, moura));
    }

    [Fact]
    public void Every_occurrence_of_the_name_is_blanked()
    {
        var braga = Made.Person("Sônia Braga");
        var fact = Made.Fact("Sônia Braga leu o roteiro duas vezes; Sônia Braga aceitou na segunda leitura.", [braga]);

        Assert.Equal("____ leu o roteiro duas vezes; ____ aceitou na segunda leitura.", Made.BlankOf(fact, braga)?.Question);
    }

    [Fact]
    public void Name_written_without_accents_is_blanked_where_it_is_written()
    {
        var braga = Made.Person("Sônia Braga");
        var fact = Made.Fact("Na estreia, SONIA BRAGA foi aplaudida de pé.", [braga]);

        Assert.Equal("Na estreia, ____ foi aplaudida de pé.", Made.BlankOf(fact, braga)?.Question);
    }

    [Fact]
    public void Initials_spaced_differently_still_match_the_name()
    {
        var moraes = Made.Person("A.J. Moraes");
        var fact = Made.Fact("O roteiro foi revisado por A. J. Moraes durante as filmagens.", [moraes]);

        Assert.Equal("O roteiro foi revisado por ____ durante as filmagens.", Made.BlankOf(fact, moraes)?.Question);
    }

    [Fact]
    public void Film_is_blanked_with_the_year_that_dates_it()
    {
        var bacurau = Made.Film("Bacurau", 2019);
        var fact = Made.Fact("O elenco de Bacurau (2019) ensaiou no sertão por semanas.", films: [bacurau]);

        Assert.Equal("O elenco de ____ ensaiou no sertão por semanas.", Made.BlankOf(fact, bacurau)?.Question);
    }

    [Fact]
    public void Film_year_written_elsewhere_refuses_the_film_blank()
    {
        var bacurau = Made.Film("Bacurau", 2019);
        var fact = Made.Fact("Bacurau venceu o Prêmio do Júri em Cannes, em maio de 2019.", films: [bacurau]);

        Assert.Null(Made.BlankOf(fact, bacurau));
    }

    [Fact]
    public void Title_inside_a_longer_title_refuses_the_film_blank()
    {
        var first = Made.Film("Tropa de Elite", 2007);
        var sequel = Made.Film("Tropa de Elite 2", 2010);
        var fact = Made.Fact("A produção de Tropa de Elite 2 (2010) dobrou o orçamento do original.", films: [first, sequel]);

        Assert.Null(Made.BlankOf(fact, first));
    }

    [Fact]
    public void Words_of_a_sequel_title_left_in_the_sentence_refuse_the_sequel_blank()
    {
        var first = Made.Film("Tropa de Elite", 2007);
        var sequel = Made.Film("Tropa de Elite 2", 2010);
        var fact = Made.Fact("Tropa de Elite 2 (2010) superou a bilheteria de Tropa de Elite (2007).", films: [first, sequel]);

        Assert.Null(Made.BlankOf(fact, sequel));
    }

    [Fact]
    public void Title_that_is_part_of_a_name_refuses_the_film_blank()
    {
        var carmen = Made.Film("Carmen", 1983);
        var miranda = Made.Person("Carmen Miranda");
        var fact = Made.Fact("Carmen Miranda gravou canções para a revista que inspirou o filme.", [miranda], [carmen]);

        Assert.Null(Made.BlankOf(fact, carmen));
    }

    [Fact]
    public void Word_glued_by_a_hyphen_is_not_the_title()
    {
        var homem = Made.Film("Homem", 1999);
        var fact = Made.Fact("O figurino do Homem-Morcego foi refeito três vezes pela equipe.", films: [homem]);

        Assert.Null(Made.BlankOf(fact, homem));
    }

    [Fact]
    public void Lower_case_word_is_not_the_title()
    {
        var carol = Made.Film("Carol", 2015);
        var fact = Made.Fact("O coral cantou uma carol de Natal no set de filmagem.", films: [carol]);

        Assert.Null(Made.BlankOf(fact, carol));
    }

    [Fact]
    public void Title_of_everyday_words_is_blanked_only_where_it_is_dated()
    {
        var ela = Made.Film("Ela", 2013);
        var fact = Made.Fact("Ela aceitou o papel depois de assistir a Ela (2013) no cinema.", films: [ela]);

        Assert.Equal("Ela aceitou o papel depois de assistir a ____ no cinema.", Made.BlankOf(fact, ela)?.Question);
    }

    [Fact]
    public void Title_of_everyday_words_left_undated_is_refused()
    {
        var ela = Made.Film("Ela", 2013);
        var fact = Made.Fact("Ela aceitou o papel logo na primeira leitura.", films: [ela]);

        Assert.Null(Made.BlankOf(fact, ela));
    }

    [Fact]
    public void Original_title_is_blanked_too()
    {
        var cidade = Made.Film("Cidade de Deus", 2002, originalTitle: "City of God");
        var fact = Made.Fact("Nos Estados Unidos, City of God foi indicado a quatro prêmios.", films: [cidade]);

        Assert.Equal("Nos Estados Unidos, ____ foi indicado a quatro prêmios.", Made.BlankOf(fact, cidade)?.Question);
    }

    [Fact]
    public void Year_is_blanked_wherever_it_is_written()
    {
        var fact = Made.Fact("As filmagens começaram em 2011 e, ainda em 2011, o primeiro corte ficou pronto.");

        Assert.Equal("As filmagens começaram em ____ e, ainda em ____, o primeiro corte ficou pronto.", Made.BlankOf(fact, 2011)?.Question);
    }

    [Fact]
    public void Year_inside_a_title_is_not_a_year_blank()
    {
        var odisseia = Made.Film("2001: Uma Odisseia no Espaço", 1968);
        var fact = Made.Fact("O diretor revia 2001: Uma Odisseia no Espaço antes de cada filmagem.", films: [odisseia]);

        Assert.Null(Made.BlankOf(fact, 2001));
    }

    [Fact]
    public void Number_outside_the_years_of_cinema_is_not_a_year_blank()
    {
        var fact = Made.Fact("A equipe usou 1200 figurantes na cena do baile.");

        Assert.Empty(QuestionBlanks.For(fact));
    }

    [Fact]
    public void Blank_leaving_too_few_words_is_refused()
    {
        var bacurau = Made.Film("Bacurau", 2019);
        var fact = Made.Fact("Bacurau (2019), enfim.", films: [bacurau]);

        Assert.Null(Made.BlankOf(fact, bacurau));
    }

    [Fact]
    public void Role_noun_before_the_name_is_the_stated_profession()
    {
        var pinto = Made.Person("Antonio Pinto", 1, "compositor");
        var fact = Made.Fact("A trilha foi escrita pelo compositor Antonio Pinto em duas semanas.", [pinto]);

        Assert.Equal("compositor", Made.BlankOf(fact, pinto)?.StatedProfession);
    }
}
