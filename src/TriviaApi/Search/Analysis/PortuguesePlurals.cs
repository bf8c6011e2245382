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
    private static readonly HashSet<string> Invariant = ["lapis", "onibus", "virus", "pais", "mes", "gas", "tres", "depois", "antes", "mais", "menos", "apos", "jamais", "atras", "alias"];

    public static string Singular(string w)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (w.Length <= 3 || !w.EndsWith('s') || Invariant.Contains(w))
        {
            return w;
        }

        return w switch
        {
            _ when w.EndsWith("ns", StringComparison.Ordinal) => w[..^2] + "m",          // filmagens → filmagem
            _ when w.EndsWith("oes", StringComparison.Ordinal) => w[..^3] + "ao",        // gravacoes → gravacao
            _ when w.EndsWith("aes", StringComparison.Ordinal) => w[..^3] + "ao",        // capitaes → capitao
            _ when w.EndsWith("ais", StringComparison.Ordinal) => w[..^3] + "al",        // festivais → festival
            _ when w.EndsWith("eis", StringComparison.Ordinal) => w[..^3] + "el",        // papeis → papel
            _ when w.EndsWith("ois", StringComparison.Ordinal) => w[..^3] + "ol",        // lencois → lencol
            _ when w.EndsWith("is", StringComparison.Ordinal) && w.Length > 4 => w[..^1], // juris → juri
            _ when w.EndsWith("les", StringComparison.Ordinal) => w[..^2],               // males → mal
            _ when w.EndsWith("res", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal) => w[..^2], // atores → ator, vezes → vez
            _ => w[..^1],                                                                  // premios → premio
        };
    }
}
