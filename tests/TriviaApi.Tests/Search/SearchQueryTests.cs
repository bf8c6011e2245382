using TriviaApi.Search;

namespace TriviaApi.Tests.Search;

public class SearchQueryTests
{
    private static string Fts(string text) => SearchQuery.Parse(text).ToFts5();

    [Theory]
    [InlineData("piano gosling", "\"piano\" AND \"gosling\"")]
    [InlineData("\"vida real\"", "\"vida real\"")]
    [InlineData("piano -gosling", "\"piano\" NOT \"gosling\"")]
    [InlineData("gosl*", "\"gosl\"*")]
    [InlineData("festival OR oscar", "(\"festival\" OR \"oscar\")")]
    [InlineData("Prêmios", "\"premio\"")]
    public void The_query_syntax_becomes_an_FTS5_expression_of_quoted_terms(string text, string fts) =>
        Assert.Equal(fts, Fts(text));

    [Theory]
    [InlineData("NEAR(piano", "\"near piano\"")]
    [InlineData("\"unclosed quote", "\"unclosed\" AND \"quote\"")]
    [InlineData("'); DROP TABLE Facts;--", "\"drop\" AND \"table\" AND \"fact\"")]
    [InlineData("(piano) * OR", "\"piano\"")]
    [InlineData("title:piano", "\"title piano\"")]
    public void Anything_else_typed_is_read_as_the_words_in_it(string text, string fts) =>
        Assert.Equal(fts, Fts(text));

    [Theory]
    [InlineData("*")]
    [InlineData("\"\"")]
    [InlineData("!!! ???")]
    [InlineData("-piano")]
    public void A_query_with_nothing_to_search_for_is_refused_with_a_reason(string text)
    {
        Assert.False(SearchQuery.TryParse(text, out _, out var problem));
        Assert.StartsWith("q needs", problem);
    }

    [Fact]
    public void A_completion_makes_the_last_word_a_prefix() =>
        Assert.Equal("\"ryan\" AND \"gos\"*", SearchQuery.ForCompletion("Ryan Gos").ToFts5());
}
