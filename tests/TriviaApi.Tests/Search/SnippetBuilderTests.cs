using TriviaApi.Search;

namespace TriviaApi.Tests.Search;

public class SnippetBuilderTests
{
    [Fact]
    public void Matched_words_are_marked_in_their_original_spelling() =>
        Assert.Equal(
            "Ganhou todos os sete <mark>prêmios</mark>.",
            SnippetBuilder.Build("Ganhou todos os sete prêmios.", SearchQuery.Parse("premio")));

    [Fact]
    public void Markup_in_a_fact_is_escaped_around_the_marks() =>
        Assert.Equal(
            "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; <mark>piano</mark> &amp; voz",
            SnippetBuilder.Build("<script>alert('x')</script> piano & voz", SearchQuery.Parse("piano")));

    [Fact]
    public void A_long_fact_is_cut_around_the_first_match_with_ellipses()
    {
        var text = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"palavra{i}")) + " piano " + string.Join(' ', Enumerable.Range(41, 40).Select(i => $"palavra{i}"));

        var snippet = SnippetBuilder.Build(text, SearchQuery.Parse("piano"));

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("<mark>piano</mark>", snippet);
    }

    [Fact]
    public void A_prefix_marks_every_word_it_begins() =>
        Assert.Equal("<mark>Gosling</mark> e <mark>Goslings</mark>", SnippetBuilder.Build("Gosling e Goslings", SearchQuery.Parse("gosl*")));
}
