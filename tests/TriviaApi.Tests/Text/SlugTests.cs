using TriviaApi.Text;

namespace TriviaApi.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("Ryan Gosling", "ryan-gosling")]
    [InlineData("La La Land", "la-la-land")]
    [InlineData("J.K. Simmons", "j-k-simmons")]
    [InlineData("O Espetacular Homem-Aranha 2: A Ameaça de Electro", "o-espetacular-homem-aranha-2-a-ameaca-de-electro")]
    public void Slugs_are_accent_free_lower_case_words_joined_by_hyphens(string text, string slug) =>
        Assert.Equal(slug, Slug.From(text));

    [Fact]
    public void A_qualified_slug_carries_its_qualifier() =>
        Assert.Equal("cantando-na-chuva-1952", Slug.From("Cantando na Chuva", "1952"));

    [Theory]
    [InlineData("ryan-gosling", true)]
    [InlineData("Ryan-Gosling", false)]
    [InlineData("-ryan", false)]
    [InlineData("ryan--gosling", false)]
    [InlineData("", false)]
    public void Well_formed_slugs_are_recognised(string value, bool wellFormed) =>
        Assert.Equal(wellFormed, Slug.IsWellFormed(value));
}
