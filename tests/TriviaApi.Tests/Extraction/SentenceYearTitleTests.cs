namespace TriviaApi.Tests.Extraction;

public class SentenceYearTitleTests
{
    [Theory]
    [InlineData("Em 2011, a diretora Ana Prado lançou Maré Baixa, drama rodado em Ilhéus.", "Maré Baixa (2011)")]
    [InlineData("Em 1987, o cineasta dirigiu Cidade Partida, com Paulo Ramos no elenco.", "Cidade Partida (1987)")]
    [InlineData("Em 2019, a produtora lançou a refilmagem Noite Sem Fim, passada no sertão.", "Noite Sem Fim (2019)")]
    [InlineData("O conto virou filme em 1975: Chuva de Pedra, dirigido por um estreante.", "Chuva de Pedra (1975)")]
    [InlineData("Em 2008, o curta Vento Sul foi exibido em Gramado.", "Vento Sul (2008)")]
    [InlineData("Em 1940, o diretor lançou ainda Porto Escuro, também indicado.", "Porto Escuro (1940)")]
    [InlineData("Em 2011, Ramos lançou Vozes, em que cantores contam a música da sua vida.", "Vozes (2011)")]
    [InlineData("Em 2005, os dois amigos voltaram no curta A Festa do Beto, lançado só em DVD.", "A Festa do Beto (2005)")]
    [InlineData("Em 2014, o filme ganhou uma refilmagem coreana, Noite de Ventania, com elenco novo.", "Noite de Ventania (2014)")]
    [InlineData("O diretor sonhava com três filmes. O segundo filme saiu em 1962: Porto, Zona Leste, com um elenco de amadores.", "Porto, Zona Leste (1962)")]
    public void A_title_after_a_verb_of_making_takes_the_sentences_year(string fact, string title) =>
        Assert.Contains(title, Extract.From(fact).Titles());

    [Fact]
    public void A_preposition_and_a_persons_name_end_the_title() =>
        Assert.Equal(["Cidade Partida (1987)"], Extract.From("Em 1987, dirigiu Cidade Partida com Paulo Ramos e uma equipe pequena.").Titles());

    [Theory]
    [InlineData("Em 1990, o grupo lançou Noites Claras, e os fãs decoraram o disco inteiro.")]
    [InlineData("Série: a animação Mundo Torto, exibida num canal pago, estreou em 2020.")]
    [InlineData("Em 1994, dirigiu Fernanda Montenegro numa leitura de Nelson Rodrigues.")]
    [InlineData("Em 1980 e em 1985, lançou Cidade Partida nos cinemas do interior.")]
    [InlineData("Ela lançou Cidade Partida depois de anos de espera.")]
    [InlineData("O cantor saiu em 1975: Jorge Tavares foi para a banda rival.")]
    public void Nothing_is_dated_by_a_sentence_of_another_work_a_person_two_years_or_none(string fact) =>
        Assert.Empty(Extract.From(fact).Titles());

    [Fact]
    public void A_title_dated_by_its_sentence_is_known_undated_in_the_other_facts()
    {
        var facts = Extract.FromFile(["Em 2011, a diretora lançou Maré Baixa, drama rodado em Ilhéus.", "Maré Baixa ganhou dois prêmios."]);

        Assert.Equal(["Maré Baixa (2011)"], facts[1].Titles());
    }

    [Fact]
    public void A_title_of_one_word_the_file_plays_as_a_role_is_not_sought_undated()
    {
        var facts = Extract.FromFile(
            ["Breno Lima foi escalado para viver Tobias, o carteiro do morro.", "Outro diretor lançou Tobias (2004), uma nova versão.", "No fim, Tobias sobe o morro sozinho."]);

        Assert.Equal(["Tobias (2004)"], facts[1].Titles());
        Assert.Empty(facts[2].Titles());
    }
}
