namespace TriviaApi.Tests.Extraction;

/// <summary>Titles listed before one year in parentheses: the year is the last title's, and the list is no title.</summary>
public class ListedTitlesTests
{
    [Theory]
    [InlineData("Os outros trabalhos da diretora são Barro Vermelho, Casa Fechada e Noite Alta (2004).", "Noite Alta (2004)")]
    [InlineData("Depois vieram Luz de Inverno, Praia dos Ossos, Cais do Norte e Sete Luas (1999), todos com ela.", "Sete Luas (1999)")]
    [InlineData("O ator esteve em Vento Norte, Terra de Ninguém e Os Filhos do Rio (1987).", "Os Filhos do Rio (1987)")]
    public void The_year_after_a_list_of_titles_dates_only_the_last(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());

    [Theory]
    [InlineData("A trilha lembra muito Pão, Sal e Cinza (1978), de outra diretora.", "Pão, Sal e Cinza (1978)")]
    [InlineData("A atriz venceu por Lua Cheia, Mar Aberto (1990), seu primeiro drama.", "Lua Cheia, Mar Aberto (1990)")]
    [InlineData("O roteiro cita Tereza e Jonas (1971), um clássico do cinema marginal.", "Tereza e Jonas (1971)")]
    public void A_title_holding_a_comma_or_e_is_not_read_as_a_list(string fact, string title) =>
        Assert.Equal([title], Extract.From(fact).Titles());
}
