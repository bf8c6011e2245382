using System.Text.Json;
using CsCheck;
using TriviaApi.Tests.Support;
using TriviaApi.Text;

namespace TriviaApi.Tests.Text;

/// <summary>
/// The words of name keys and slugs, read from <see cref="TextTokens"/>, split every text as the character-by-character
/// rule before them did (<see cref="FoldedWordsBeforeTextTokens"/>), so no key or slug stored by an earlier import
/// changes.
/// </summary>
public class FoldedWordsTests
{
    [Theory]
    [InlineData("Tudo Sobre Minha Mãe", "tudo sobre minha mae")]
    [InlineData("O Espetacular Homem-Aranha 2", "o espetacular homem aranha 2")]
    [InlineData("Whiplash – Em Busca da Perfeição", "whiplash em busca da perfeicao")]
    [InlineData("J.K. Simmons", "j k simmons")]
    [InlineData("Conan O'Brien e Sinéad O’Connor", "conan obrien e sinead oconnor")]
    [InlineData("Singin' in the Rain", "singin in the rain")]
    [InlineData("os anos 80's", "os anos 80s")]
    [InlineData("R2-D2 e C-3PO", "r2 d2 e c 3po")]
    [InlineData("1.500.000 de 2,5 na 2ª", "1 500 000 de 2 5 na 2ª")]
    [InlineData("WALL·E", "wall e")]
    [InlineData("Ação\u0301 e\u0301", "acao e")]
    [InlineData("\u0301Ana", "ana")]
    [InlineData("Miloš Forman, Miroslav Ondříček", "milos forman miroslav ondricek")]
    [InlineData("Ōshima Nagisa", "oshima nagisa")]
    [InlineData("Lee Soo-ah 🎬 fez 😀😀 Woo-jin", "lee soo ah fez woo jin")]
    [InlineData("أصغر فرهادي e אהרון", "اصغر فرهادي e אהרון")]
    [InlineData("Владимир Высоцкий", "владимир высоцкии")]
    [InlineData("黒澤 明 e 𠮷野", "黒澤 明 e 野")]
    public void A_name_key_is_its_folded_words_split_at_anything_but_an_apostrophe(string text, string key)
    {
        Assert.Equal(key, TextFolding.MatchKey(text));
        Assert.Equal(FoldedWordsBeforeTextTokens.Of(text), FoldedWords.Of(text));
    }

    [Fact]
    public void Each_word_keeps_where_it_is_written() =>
        Assert.Equal(
            [new FoldedWord("obrien", 0, 7), new FoldedWord("homem", 9, 14), new FoldedWord("aranha", 15, 21), new FoldedWord("singin", 23, 29)],
            FoldedWords.Of("O'Brien, Homem-Aranha, Singin'"));

    [Fact]
    public void Every_name_and_fact_of_the_corpus_and_the_seed_splits_as_before()
    {
        var texts = CorpusAndSeedTexts().ToList();

        var changed = texts.Where(t => !FoldedWords.Of(t).SequenceEqual(FoldedWordsBeforeTextTokens.Of(t))).ToList();

        Assert.True(texts.Count > 5_000, $"only {texts.Count} texts read");
        Assert.Empty(changed);
    }

    [Fact]
    public void Any_text_splits_as_before() =>
        Gen.OneOf(Gen.Char[' ', '~'], Gen.Char.AlphaNumeric, Gen.OneOf(Hostile), Gen.Int[0, 0x10FFFF].Where(IsScalar).Select(char.ConvertFromUtf32).Select(s => s[0]))
            .Array[0, 16]
            .Select(chars => new string(chars))
            .Where(text => !text.Any(char.IsSurrogate))
            .Sample(text => Assert.Equal(FoldedWordsBeforeTextTokens.Of(text), FoldedWords.Of(text)), iter: 20_000);

    [Fact]
    public void Any_character_beyond_the_BMP_splits_as_before() =>
        Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)
            .Select(Gen.OneOf("a", "1", " ", "'", "-", "\u0301"), (c, around) => around + c + around + c)
            .Sample(text => Assert.Equal(FoldedWordsBeforeTextTokens.Of(text), FoldedWords.Of(text)), iter: 20_000);

    [Fact]
    public void A_name_key_is_every_word_of_any_text_joined_by_single_spaces() =>
        Gen.OneOf(Gen.Char[' ', '~'], Gen.Char.AlphaNumeric, Gen.OneOf(Hostile), Gen.Int[0, 0x10FFFF].Where(IsScalar).Select(char.ConvertFromUtf32).Select(s => s[0]))
            .Array[0, 16]
            .Select(chars => new string(chars))
            .Sample(text => Assert.Equal(string.Join(' ', FoldedWords.Of(text).Select(w => w.Folded)), TextFolding.MatchKey(text)), iter: 20_000);

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void A_character_Unicode_cannot_normalise_ends_a_word(int unreadable)
    {
        var text = $"Ana{(char)unreadable}Bela";

        Assert.Equal("ana bela", TextFolding.MatchKey(text));
        Assert.Equal(FoldedWordsBeforeTextTokens.Of(text), FoldedWords.Of(text));
    }

    // Characters whose reading differs between careless splitters: joiners, stops, marks, direction marks, an emoji's
    // parts, a wide and an Arabic digit, a ligature, capital sharp s, dotted I.
    private static readonly char[] Hostile =
        "'’‘`´-‐–—·.,:;/&_()\"\u0301\u0327\u0303\u064B\u0903\u20DD\u200D\u200E\u200F\uFE0F\u00A0\u2009\u3000ªº²½ßẞİıŉǅﬁ１٣ⅫÅΩ"
            .ToCharArray();

    private static bool IsScalar(int codePoint) => codePoint is < 0xD800 or > 0xDFFF;

    private static IEnumerable<string> CorpusAndSeedTexts() =>
        new[] { Repository.PathOf("tests", "ExtractionCorpus"), Repository.PathOf("seeds") }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .SelectMany(path => Path.GetExtension(path) switch
            {
                ".txt" => File.ReadLines(path),
                ".json" => StringsOf(JsonDocument.Parse(File.ReadAllText(path)).RootElement),
                _ => [],
            });

    private static IEnumerable<string> StringsOf(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => [json.GetString()!],
        JsonValueKind.Array => json.EnumerateArray().SelectMany(StringsOf),
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => StringsOf(p.Value)),
        _ => [],
    };
}
