using System.Collections.Concurrent;

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

    // Gerunds ("cantando") come from their verb too, and "-ista" nouns from what they practise ("artista" of "arte").
    // The dictionary lists many nouns only through a verb ("livro" of livrar, "sombra" of sombrar) or a masculine
    // ("russa" of russo), and participles and agent nouns through their verb ("estimado" of estimar, "narrador" of narrar), and nouns of action through their verb ("revelação" of revelar).
    private static readonly (string Ending, string Stem)[] Derivations =
        [("acao", "ar"), ("icao", "ir"), ("a", "o"), ("esa", "es"), ("ora", "or"), ("ador", "ar"), ("edor", "er"), ("idor", "ir"), ("ona", "ao"), ("ado", "ar"), ("ada", "ar"), ("ido", "er"), ("ido", "ir"), ("ida", "er"), ("ida", "ir"), ("o", "ar"), ("a", "ar"), ("e", "ar"),
         ("ando", "ar"), ("endo", "er"), ("indo", "ir"), ("ista", "o"), ("ista", "e"), ("ista", "a"), ("ista", "")];

    private static readonly Lazy<HashSet<string>> Stems = new(() =>
    {
        var stems = EmbeddedWordList.Load("pt-BR-lemmas.txt.gz");
        stems.UnionWith(Lexicon.OrdinaryWordsTheDictionaryLacks);
        return stems;
    });

    // Several rules ask about the same words (every capitalised word, the names of a file again and again), and a
    // name the dictionary lacks costs every form tried: each answer is kept, up to a bound, so that an import of a
    // large vocabulary keeps no more than that. Extraction runs on several threads at once.
    private const int MaxAnswersKept = 200_000;
    private static readonly ConcurrentDictionary<string, bool> Answers = new(StringComparer.Ordinal);
    private static int _answersKept;

    /// <summary>True for an accent-folded, lower-case word the dictionary knows in some form; each part of a hyphenated word must be.</summary>
    public static bool Contains(string folded)
    {
        if (Answers.TryGetValue(folded, out var known))
        {
            return known;
        }

        var contains = folded.Contains('-') ? folded.Split('-').All(part => part.Length > 1 && Contains(part)) : folded.Length > 1 && IsAKnownForm(folded);
        if (_answersKept < MaxAnswersKept && Answers.TryAdd(folded, contains))
        {
            Interlocked.Increment(ref _answersKept);
        }

        return contains;
    }

    // Every word of every fact is asked about, so its forms are spelled in one buffer and looked up as spans, not
    // made into strings.
    private static bool IsAKnownForm(string word)
    {
        var stems = Stems.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = word.Length <= 120 ? stackalloc char[(2 * word.Length) + 8] : new char[(2 * word.Length) + 8];
        if (IsAKnownSingular(word, buffer, stems))
        {
            return true;
        }

        foreach (var (ending, stem) in Plurals)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && IsAKnownSingular(Spell(buffer, word.AsSpan(0, word.Length - ending.Length), stem), buffer, stems))
            {
                return true;
            }
        }

        // "desaparecidos" of "aparecer", "revelação" of "velar": the dictionary leaves out many words made with "des-" and "re-".
        return (word.Length >= UndoingPrefix.Length + 5 && word.StartsWith(UndoingPrefix, StringComparison.Ordinal) && IsAKnownForm(word[UndoingPrefix.Length..]))
            || (word.Length >= AgainPrefix.Length + 5 && word.StartsWith(AgainPrefix, StringComparison.Ordinal) && IsAKnownForm(word[AgainPrefix.Length..]));
    }

    private const string UndoingPrefix = "des";
    private const string AgainPrefix = "re";

    /// <summary>The singular, with "r" after it (a verb), or with a derivation's ending made the stem's.</summary>
    private static bool IsAKnownSingular(ReadOnlySpan<char> singular, Span<char> buffer, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stems)
    {
        // The singular may itself be spelled at the buffer's start: its forms are spelled after it.
        Span<char> forms = buffer[singular.Length..];
        if (stems.Contains(singular) || stems.Contains(Spell(forms, singular, "r")))
        {
            return true;
        }

        foreach (var (ending, stem) in Derivations)
        {
            if (singular.EndsWith(ending, StringComparison.Ordinal) && stems.Contains(Spell(forms, singular[..^ending.Length], stem)))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Spell(Span<char> buffer, ReadOnlySpan<char> start, string end)
    {
        start.CopyTo(buffer);
        end.AsSpan().CopyTo(buffer[start.Length..]);
        return buffer[..(start.Length + end.Length)];
    }
}
