namespace TriviaApi.Tests.Extraction;

/// <summary>Names of ordinary words, and stage names opened by "Grande", that the cast or a trade says are someone's.</summary>
public class CastMembershipTests
{
    [Theory]
    [InlineData("Grande Tião também integra o elenco, numa cena de bar.", "Grande Tião")]
    [InlineData("O ator Grande Tião fez fama nas chanchadas da Atlântida.", "Grande Tião")]
    [InlineData("Pedra Lisa faz uma ponta como o carteiro da vila.", "Pedra Lisa")]
    [InlineData("Na segunda parte, Pedra Lisa contracena com a protagonista.", "Pedra Lisa")]
    public void The_cast_or_a_trade_makes_a_name_of_ordinary_words_someones(string fact, string person) =>
        Assert.Equal([person], Extract.From(fact).People());

    [Theory]
    [InlineData("Grande Prêmio do Cinema Brasileiro foi para a montagem.")]
    [InlineData("Pedra Lisa fica no interior de Goiás, perto da serra.")]
    [InlineData("Na trama, Capitão Trovão aparece só no segundo ato.")]
    public void Without_the_cast_or_a_trade_such_a_name_is_no_one(string fact) =>
        Assert.Empty(Extract.From(fact).People());
}
