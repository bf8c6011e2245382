using System.Text;
using CsCheck;
using TriviaApi.Search;
using TriviaApi.Search.Analysis;
using TriviaApi.Text;

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

    [Theory]
    [InlineData(0, "<mark>piano</mark> p1 p2 p3 p4 p5 p6 p7 p8 p9 p10 p11 p12 p13 p14 p15 p16 p17 p18 p19 p20 p21 p22 p23 p24 p25 p26 p27 p28 p29…")]
    [InlineData(15, "…p5 p6 p7 p8 p9 p10 p11 p12 p13 p14 <mark>piano</mark> p16 p17 p18 p19 p20 p21 p22 p23 p24 p25 p26 p27 p28 p29 p30 p31 p32 p33 p34…")]
    [InlineData(35, "…p10 p11 p12 p13 p14 p15 p16 p17 p18 p19 p20 p21 p22 p23 p24 p25 p26 p27 p28 p29 p30 p31 p32 p33 p34 <mark>piano</mark> p36 p37 p38 p39.")]
    public void The_window_holds_ten_words_before_the_first_match_or_ends_with_the_text(int at, string expected)
    {
        var text = string.Join(' ', Enumerable.Range(0, 40).Select(i => i == at ? "piano" : $"p{i}")) + ".";

        Assert.Equal(expected, SnippetBuilder.Build(text, SearchQuery.Parse("piano")));
    }

    [Fact]
    public void A_fact_without_a_match_shows_its_first_words() =>
        Assert.Equal(
            string.Join(' ', Enumerable.Range(0, 30).Select(i => $"p{i}")) + "…",
            SnippetBuilder.Build(string.Join(' ', Enumerable.Range(0, 40).Select(i => $"p{i}")), SearchQuery.Parse("piano")));

    /// <summary>The snippet reads a fact's words only up to its window's end: the same as reading them all.</summary>
    [Fact]
    public void Any_fact_gives_the_snippet_of_reading_every_word()
    {
        string[] pieces = ["piano", "Pianos", "PIANO", "prêmios", "Prêmio", "festa", "gosling", "Goslings", "o", "de", "verão", "durante",
            "<b>", "&", "'", "\"", "—", ",", ".", " ", "  ", "\n", "pianista", "1.000", "US$", "co-estrelado", "😀", "e\u0301"];
        string[] queries = ["piano", "premio", "gosl*", "piano OR festa", "\"durante o verao\"", "festa -piano", "de o"];
        Gen.Select(Gen.Int[0, pieces.Length - 1].Array[0, 90], Gen.Int[0, queries.Length - 1])
            .Sample((picked, q) =>
            {
                var text = string.Join(' ', picked.Select(i => pieces[i]));
                var query = SearchQuery.Parse(queries[q]);
                Assert.Equal(ReadingEveryWord(text, query), SnippetBuilder.Build(text, query));
            }, iter: 5_000);
    }

    /// <summary>The snippet as it was cut before it stopped reading at the window's end: every word analysed first.</summary>
    private static string ReadingEveryWord(string text, SearchQuery query)
    {
        var words = PortugueseAnalyzer.Folding.Words(text).ToList();
        var matched = words.Select(w => query.Highlighted.Any(t => t.Matches(w.Term))).ToList();
        var first = Math.Max(0, matched.IndexOf(true));
        var start = Math.Max(0, Math.Min(first - (SnippetBuilder.WindowWords / 3), words.Count - SnippetBuilder.WindowWords));
        var end = Math.Min(words.Count, start + SnippetBuilder.WindowWords);
        if (words.Count == 0)
        {
            return Html.Encode(text);
        }

        var from = start == 0 ? 0 : words[start].Start;
        var to = end == words.Count ? text.Length : words[end - 1].Start + words[end - 1].Length;
        var snippet = new StringBuilder(start == 0 ? "" : "…");
        var cursor = from;
        for (var i = start; i < end; i++)
        {
            var (_, at, length) = words[i];
            var word = text.Substring(at, length);
            snippet.Append(Html.Encode(text[cursor..at]));
            snippet.Append(matched[i] ? $"<mark>{Html.Encode(word)}</mark>" : Html.Encode(word));
            cursor = at + length;
        }

        snippet.Append(Html.Encode(text[cursor..to]));
        return snippet.Append(end == words.Count ? "" : "…").ToString();
    }
}
