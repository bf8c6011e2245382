namespace TriviaApi.Search.Analysis;

/// <summary>
/// The plural step of the RSLP stemmer (Orengo and Huyck, 2001), on a word already lower-cased and folded:
/// "premios" → "premio", "filmagens" → "filmagem", "gravacoes" → "gravacao", "papeis" → "papel". Only the plural:
/// deeper stemming merges words readers keep apart (RSLP's full run makes "filme" and "filmagem" one stem, and "ator"
/// and "atriz" one). Lucene's Portuguese light stemmer goes further too ("filme" → "film", "música" → "music", the
/// English tag name); its minimal stemmer is this same plural step but reads accented suffixes, so it would have to run
/// before folding, where this one runs after it on the folded forms the index holds.
/// </summary>
public static class PortuguesePlurals
{
    // Words ending in -s that are not plurals, or whose singular keeps the -s.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Invariant =
        new HashSet<string>(["lapis", "onibus", "virus", "pais", "mes", "gas", "tres", "depois", "antes", "mais", "menos", "apos", "jamais", "atras", "alias"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Singular(string w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (w.Length <= 3 || !w.EndsWith('s'))
        {
            return w;
        }

        Span<char> word = w.Length <= 64 ? stackalloc char[w.Length] : new char[w.Length];
        w.CopyTo(word);
        var length = Singular(word);
        return length == w.Length ? w : new string(word[..length]);
    }

    /// <summary>
    /// Makes the word in <paramref name="word"/> singular where it stands (a singular is never longer than its plural),
    /// and returns its new length: the index's analysis rewrites each word in its own buffer.
    /// </summary>
    public static int Singular(Span<char> word)
    {
        var n = word.Length;
        if (n <= 3 || word[^1] != 's' || Invariant.Contains(word))
        {
            return n;
        }

        if (word.EndsWith("ns"))
        {
            word[n - 2] = 'm';                                                    // filmagens → filmagem
            return n - 1;
        }

        if (word.EndsWith("oes") || word.EndsWith("aes"))
        {
            word[n - 3] = 'a';                                                    // gravacoes → gravacao, capitaes → capitao
            word[n - 2] = 'o';
            return n - 1;
        }

        if (word.EndsWith("ais") || word.EndsWith("eis") || word.EndsWith("ois"))
        {
            word[n - 2] = 'l';                                                    // festivais → festival, papeis → papel, lencois → lencol
            return n - 1;
        }

        if (word.EndsWith("is") && n > 4)
        {
            return n - 1;                                                         // juris → juri
        }

        return word.EndsWith("les") || word.EndsWith("res") || word.EndsWith("zes")
            ? n - 2                                                               // males → mal, atores → ator, vezes → vez
            : n - 1;                                                              // premios → premio
    }
}
