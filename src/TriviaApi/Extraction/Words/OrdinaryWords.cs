namespace TriviaApi.Extraction;

/// <summary>
/// Whether a word is an ordinary Portuguese word ("guerra", "fotografia", "sombra") rather than only a name, from the
/// stems of the pt-BR Hunspell dictionary (Words/NOTICE.md) with plural, feminine and verb endings taken back.
/// </summary>
internal static class OrdinaryWords
{
    // Plural endings and the singular they come from: "ações" is "ação", "efeitos" is "efeito".
    private static readonly (string Ending, string Stem)[] Plurals =
        [("oes", "ao"), ("aes", "ao"), ("aos", "ao"), ("ais", "al"), ("eis", "el"), ("ois", "ol"), ("is", "il"), ("ns", "m"), ("res", "r"), ("zes", "z"), ("ses", "s"), ("s", "")];

    // The dictionary lists many nouns only through a verb ("livro" of livrar, "sombra" of sombrar) or a masculine
    // ("russa" of russo), and participles and agent nouns through their verb ("estimado" of estimar, "narrador" of narrar), and nouns of action through their verb ("revelação" of revelar).
    private static readonly (string Ending, string Stem)[] Derivations =
        [("acao", "ar"), ("icao", "ir"), ("a", "o"), ("esa", "es"), ("ora", "or"), ("ador", "ar"), ("edor", "er"), ("idor", "ir"), ("ona", "ao"), ("ado", "ar"), ("ada", "ar"), ("ido", "er"), ("ido", "ir"), ("ida", "er"), ("ida", "ir"), ("o", "ar"), ("a", "ar"), ("e", "ar")];

    private static readonly Lazy<HashSet<string>> Stems = new(() =>
    {
        var stems = EmbeddedWordList.Load("pt-BR-lemmas.txt.gz");
        stems.UnionWith(Lexicon.OrdinaryWordsTheDictionaryLacks);
        return stems;
    });

    /// <summary>True for an accent-folded, lower-case word the dictionary knows in some form; each part of a hyphenated word must be.</summary>
    public static bool Contains(string folded) =>
        folded.Contains('-') ? folded.Split('-').All(part => part.Length > 1 && Contains(part)) : folded.Length > 1 && Forms(folded).Any(Stems.Value.Contains);

    private static IEnumerable<string> Forms(string word)
    {
        var singulars = new List<string> { word };
        singulars.AddRange(Plurals.Where(p => word.EndsWith(p.Ending, StringComparison.Ordinal)).Select(p => word[..^p.Ending.Length] + p.Stem));
        foreach (var singular in singulars)
        {
            yield return singular;
            yield return singular + "r";
            foreach (var (ending, stem) in Derivations.Where(d => singular.EndsWith(d.Ending, StringComparison.Ordinal)))
            {
                yield return singular[..^ending.Length] + stem;
            }
        }
    }
}
