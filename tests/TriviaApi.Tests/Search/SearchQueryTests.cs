using TriviaApi.Search;
using TriviaApi.Search.Querying;

namespace TriviaApi.Tests.Search;

public class SearchQueryTests
{
    // Names are matched in one field, so the query reads plainly; facts' queries have the same shape over two fields.
    private static string Lucene(string text) => LuceneQueries.Names(SearchQuery.Parse(text)).ToString();

    [Theory]
    [InlineData("piano gosling", "+name:piano +name:gosling")]
    [InlineData("\"vida real\"", "+name:\"vida real\"")]
    [InlineData("piano -gosling", "+name:piano -name:gosling")]
    [InlineData("gosl*", "+name:gosl*")]
    [InlineData("festival OR oscar", "+(name:festival name:oscar)")]
    [InlineData("Prêmios", "+name:premio")]
    public void The_query_syntax_becomes_a_Lucene_query_built_term_by_term(string text, string lucene) =>
        Assert.Equal(lucene, Lucene(text));

    [Theory]
    [InlineData("NEAR(piano", "+name:\"near piano\"")]
    [InlineData("\"unclosed quote", "+name:unclosed +name:quote")]
    [InlineData("'); DROP TABLE Facts;--", "+name:drop +name:table +name:fact")]
    [InlineData("(piano) * OR", "+name:piano")]
    [InlineData("title:piano", "+name:\"title piano\"")]
    [InlineData("piano^10 AND~2", "+name:\"piano 10\" +name:\"and 2\"")]
    public void Anything_else_typed_is_read_as_the_words_in_it(string text, string lucene) =>
        Assert.Equal(lucene, Lucene(text));

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
        Assert.Equal("+name:ryan +name:gos*", LuceneQueries.Names(SearchQuery.ForCompletion("Ryan Gos")).ToString());

    [Fact]
    public void A_fact_matches_a_word_in_its_text_or_its_names_weighted_above() =>
        Assert.Equal("+(text:piano names:piano^4.0)", LuceneQueries.Facts(SearchQuery.Parse("piano")).ToString());
}
