namespace TriviaApi.Tests.Extraction;

/// <summary>A name after those who govern or live in a place, or its outskirts, and "de": the place, no one.</summary>
public class PlaceOfItsPeopleTests
{
    [Theory]
    [InlineData("Na trama, Joana Pires pede ajuda ao governador de Sergipe, que recusa.", "Sergipe")]
    [InlineData("Os moradores de Vila Serena se revoltam contra Ernesto Lago quando ele fecha a fábrica.", "Vila Serena")]
    [InlineData("Na história, Tobias foge para os arredores de Corumbá, onde vive escondido.", "Corumbá")]
    public void The_place_a_governor_dwellers_or_outskirts_are_of_is_no_one(string fact, string place)
    {
        var mentions = Extract.From(fact);

        Assert.DoesNotContain(place, mentions.Characters());
        Assert.DoesNotContain(place, mentions.People());
    }

    [Fact]
    public void A_role_after_the_governors_own_description_is_still_a_role() =>
        Assert.Contains("Lauro Mendes", Extract.From("Renato Salgueiro interpreta o governador Lauro Mendes, que manda na cidade.").Characters());
}
