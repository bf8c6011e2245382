using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// The small, generic vocabulary extraction leans on: Portuguese function words, role nouns, cue words and
/// well-known institutions and places. It names no person or film of any trivia file, by design: the
/// importer must find those from patterns, on films it has never seen. Every entry is accent-folded.
/// This file holds the function words, the small words of titles and names, and the helpers the lists are made and
/// read with; the files beside it hold the lists by kind: works and things, places and institutions, trades, and the
/// words that cue a character.
/// </summary>
internal static partial class Lexicon
{
    /// <summary>Words that are never part of a name, even when capitalised at the start of a sentence.</summary>
    public static readonly HashSet<string> FunctionWords = Folded(
        "a", "à", "ao", "aos", "as", "às", "o", "os", "um", "uma", "uns", "umas", "e", "ou", "mas", "nem",
        "de", "da", "do", "das", "dos", "em", "na", "no", "nas", "nos", "num", "numa", "por", "pelo", "pela",
        "pelos", "pelas", "para", "pra", "com", "sem", "sob", "sobre", "entre", "até", "após", "ante", "desde",
        "já", "segundo", "segunda", "depois", "antes", "como", "assim", "quando", "enquanto", "onde", "porque",
        "pois", "porém", "contudo", "entretanto", "todavia", "embora", "apesar", "além", "aliás", "inclusive",
        "também", "ainda", "então", "logo", "mesmo", "apenas", "só", "somente", "nunca", "sempre", "hoje",
        "ele", "ela", "eles", "elas", "seu", "sua", "seus", "suas", "este", "esta", "estes", "estas", "esse",
        "essa", "esses", "essas", "isso", "isto", "aquele", "aquela", "aquilo", "neste", "nesta", "nesse",
        "nessa", "deste", "desta", "desse", "dessa", "naquele", "naquela", "foi", "é", "era", "são", "foram",
        "primeiro", "primeira", "terceiro", "terceira", "último", "última", "outro", "outra", "todos", "todas",
        "grande", "dois", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "cerca",
        "quase", "muito", "muitos", "muita", "muitas", "nenhum", "nenhuma", "algum", "alguma", "cada", "tal",
        "curiosidade", "trivia", "nota", "obs",
        // English and French function words, met in titles and place names inside facts.
        "the", "of", "in", "and", "on", "at", "to", "for", "with", "from", "when", "i", "my", "your", "is",
        "it", "me", "you", "we", "by", "an", "au", "aux", "des", "du", "les");

    public static bool IsFunctionWord(Token token) => FunctionWords.Contains(token.Folded);

    /// <summary>Lower-case words that may sit inside a title ("Central do Brasil", "O Auto da Compadecida").</summary>
    public static readonly HashSet<string> TitleConnectors = Folded(
        "a", "à", "ao", "aos", "as", "às", "o", "os", "um", "uma", "uns", "umas", "e", "ou", "de", "da", "do", "das", "dos",
        "em", "na", "no", "nas", "nos", "por", "pelo", "pela", "para", "com", "sem", "sob", "sobre", "entre",
        "até", "contra", "que", "se", "the", "of", "in", "and", "on", "at", "to", "for", "with", "from", "a",
        "an", "le", "la", "les", "des", "du", "el", "los", "las", "y", "der", "die", "das", "und", "vs", "versus", "pra", "num", "numa",
        "pro", "di", "del", "della", "dei", "il", "te", "me", "lhe");

    /// <summary>Articles that start a title; after a lower-case preposition they mark where it begins.</summary>
    public static readonly HashSet<string> TitleArticles = Folded("o", "a", "os", "as", "um", "uma", "the");

    /// <summary>Particles inside personal names: "Nelson Pereira dos Santos", "Guillermo del Toro".</summary>
    public static readonly HashSet<string> NameParticles = Folded(
        "de", "da", "do", "dos", "das", "del", "van", "von", "der", "di", "du", "le", "la", "bin", "ibn");

    /// <summary>Words after a name, behind a comma or not, that stay part of it: "Harry Connick, Jr.".</summary>
    public static readonly HashSet<string> NameSuffixes = Folded("jr", "sr", "júnior", "junior");

    /// <summary>Ordinary words the dictionary's stems miss, met in categories and events.</summary>
    public static readonly HashSet<string> OrdinaryWordsTheDictionaryLacks = Folded(
        "coadjuvante", "infinito", "nascimento", "refilmagem", "maquiagem", "roteiro", "longa", "curta", "metragem",
        "elenco", "bilheteria", "verão", "rio", "morro", "internacional", "nacional", "lançamento", "distribuidora",
        // Forms of "ir" and "ser" no ending leads back to their verb.
        "vamos", "vai", "vou", "vão", "fomos", "somos", "sou", "és");

    // Loops, not lambdas over the word: these are asked of most words near a name, and a lambda would cost every call a closure.
    public static bool StartsWithAny(string word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool EndsWithAny(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static HashSet<string> Folded(params string[] words) =>
        words.Select(TextFolding.FoldAccents).ToHashSet(StringComparer.Ordinal);
}
