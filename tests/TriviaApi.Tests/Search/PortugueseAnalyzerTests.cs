using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using TriviaApi.Search.Analysis;

namespace TriviaApi.Tests.Search;

public class PortugueseAnalyzerTests
{
    private static string Term(string word) => Assert.Single(PortugueseAnalyzer.Instance.Terms(word));

    [Theory]
    [InlineData("prêmios", "premio")]
    [InlineData("Prêmio", "premio")]
    [InlineData("filmagens", "filmagem")]
    [InlineData("gravações", "gravacao")]
    [InlineData("papéis", "papel")]
    [InlineData("festivais", "festival")]
    [InlineData("atores", "ator")]
    [InlineData("atrizes", "atriz")]
    [InlineData("músicas", "musica")]
    [InlineData("MÚSICA", "musica")]
    [InlineData("capitães", "capitao")]
    [InlineData("lençóis", "lencol")]
    [InlineData("júris", "juri")]
    [InlineData("males", "mal")]
    [InlineData("vezes", "vez")]
    [InlineData("gás", "gas")]
    public void Plurals_case_and_accents_fold_to_one_form(string word, string term) =>
        Assert.Equal(term, Term(word));

    [Theory]
    [InlineData("mês")]
    [InlineData("lápis")]
    [InlineData("três")]
    public void Words_whose_s_is_not_a_plural_keep_it(string word) =>
        Assert.EndsWith("s", Term(word));

    [Fact]
    public void Singular_and_plural_share_a_term_but_different_words_do_not()
    {
        Assert.Equal(Term("filmagem"), Term("filmagens"));
        Assert.NotEqual(Term("filme"), Term("filmagem"));
        Assert.NotEqual(Term("ator"), Term("atriz"));
    }

    [Fact]
    public void Punctuation_separates_words_and_never_becomes_a_term() =>
        Assert.Equal(["co", "estrelado", "near", "piano", "drop", "table"], PortugueseAnalyzer.Instance.Terms("Co-estrelado NEAR(piano '); DROP TABLE--"));

    [Fact]
    public void Each_term_knows_where_its_word_stands_in_the_original()
    {
        var words = PortugueseAnalyzer.Instance.Words("As Gravações, enfim");

        Assert.Equal([new AnalyzedWord("as", 0, 2), new AnalyzedWord("gravacao", 3, 9), new AnalyzedWord("enfim", 14, 5)], words);
    }

    [Fact]
    public void Folding_alone_keeps_the_plural_for_prefixes() =>
        Assert.Equal(["filmagens"], PortugueseAnalyzer.Folding.Terms("Filmagens"));

    [Fact]
    public void Every_letter_and_digit_is_lowered_as_the_invariant_culture_lowers_a_word()
    {
        // What Lucene's LowerCaseFilter gave each word before the tokenizer lowered it: the word's ToLowerInvariant.
        var letters = Enumerable.Range(0, 0x110000).Where(Rune.IsValid).Select(c => new Rune(c).ToString()).Where(IsOneWord).ToList();
        var text = string.Join(' ', letters);
        var words = new List<string>(letters.Count);
        using var tokenizer = new WordTokenizer(new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            words.Add(term.ToString());
        }

        tokenizer.End();
        Assert.True(letters.Count > 100_000);
        Assert.Equal(letters.ConvertAll(l => l.ToLowerInvariant()), words);
    }

    private static bool IsOneWord(string character) => char.IsLetterOrDigit(character, 0)
        || CharUnicodeInfo.GetUnicodeCategory(character, 0) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
