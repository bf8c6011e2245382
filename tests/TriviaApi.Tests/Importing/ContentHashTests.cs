using System.Security.Cryptography;
using System.Text;
using TriviaApi.Importing;

namespace TriviaApi.Tests.Importing;

public sealed class ContentHashTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Ryan Gosling aprendeu a tocar piano para o papel.")]
    [InlineData("A canção “City of Stars” venceu o Oscar; a coreografia é de Mandy Moore.")]
    public void A_hash_is_the_first_128_bits_of_the_sha256_of_the_utf8_text_in_lower_case_hex(string text) =>
        Assert.Equal(Sha256Prefix(text), ContentHash.Of(text));

    [Fact]
    public void A_text_longer_than_the_stack_buffer_hashes_the_same_way() =>
        Assert.Equal(Sha256Prefix(string.Concat(Enumerable.Repeat("ação e emoção ", 200))), ContentHash.Of(string.Concat(Enumerable.Repeat("ação e emoção ", 200))));

    [Fact]
    public void Texts_that_differ_in_one_accent_have_different_hashes() =>
        Assert.NotEqual(ContentHash.Of("A cena foi filmada em Los Angeles."), ContentHash.Of("A cêna foi filmada em Los Angeles."));

    private static string Sha256Prefix(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..ContentHash.Digits];
}
