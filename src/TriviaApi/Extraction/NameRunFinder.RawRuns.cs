namespace TriviaApi.Extraction;

/// <summary>
/// The raw runs of name tokens outside films, before anything is cut from them: how far a name goes on past a
/// particle, a regnal number, a nickname in quotes, a title of address or a suffix ("Harry Connick, Jr.").
/// Apart because it only joins tokens; what the words mean is asked later.
/// </summary>
internal static partial class NameRunFinder
{
    private static readonly HashSet<string> RomanNumerals = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"];

    /// <summary>"II" in "João Paulo II": a numeral that may end a name.</summary>
    public static bool IsRomanNumeral(Token token) => token.Text[0] is 'I' or 'V' or 'X' && RomanNumerals.Contains(token.Text);

    private static readonly HashSet<string> TitlesOfAddress = ["sr", "sra", "srta", "dr", "dra", "mr", "mrs", "ms", "prof"];

    /// <summary>Whether a raw run opens at the token: a name token outside films and labels.</summary>
    private static bool OpensARawRun(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsNameToken || tokens[i].InLabel)
        {
            return false;
        }

        // A loop, not a lambda over the films: asked of every token, a lambda would cost each call a closure.
        for (var f = 0; f < films.Count; f++)
        {
            if (films[f].Covers(tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the maximal run of name tokens outside films that opens at <paramref name="index"/> ends; a particle joins
    /// when one name word follows it. Asked by the finder's loop over the tokens, not yielded: an iterator cost every
    /// fact an object, and every run a call through it.
    /// </summary>
    private static int RawRunEnd(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, int index)
    {
        bool IsCandidate(int i) => OpensARawRun(tokens, films, i);
        bool IsSuffix(int i) => i < tokens.Count && tokens[i].IsCapitalizedWord && Lexicon.NameSuffixes.Contains(tokens[i].Folded);

        var last = index;
        while (true)
        {
            if (IsCandidate(last + 1) && !tokens[last + 1].StartsSentence)
            {
                last++;
                continue;
            }

            // Asked once here, not in each rule below: every run ends by going through them all.
            var particleNext = last + 1 < tokens.Count && tokens[last + 1].IsLowercaseWord && Lexicon.NameParticles.Contains(tokens[last + 1].Folded);
            var givenNameAlone = last == index && GivenNames.Contains(tokens[last].Folded);
            if (particleNext && IsCandidate(last + 2) && (!IsCandidate(last + 3) || (last == index && Lexicon.NonPersonHeads.Contains(tokens[index].Folded))))
            {
                // "Comitê de Atividades Antiamericanas": an institution's head carries the whole name after its particle.
                last += 2;
            }
            else if (particleNext && IsCandidate(last + 2) && FamilyNames.Contains(tokens[last + 2].Folded) && IsCandidate(last + 3) && !IsCandidate(last + 4))
            {
                // "Cristino Gomes da Silva Cleto": a family name after the particle carries one more.
                last += 3;
            }
            else if (givenNameAlone && particleNext
                && IsCandidate(last + 2) && !GivenNames.Contains(tokens[last + 2].Folded) && IsCandidate(last + 3) && !IsCandidate(last + 4))
            {
                // "Maria de Jesus Bacarelli", "Paulo de Tarso Santos": a given name and a particle carry two names; not
                // a second given name ("a Clara de Sônia Braga", her role).
                last += 3;
            }
            else if (last + 3 < tokens.Count && tokens[last + 1].IsLowercaseWord && tokens[last + 1].Folded is "van" or "von" or "de" or "di"
                && tokens[last + 2].IsLowercaseWord && tokens[last + 2].Folded is "der" or "den" or "la" or "los" or "las" && IsCandidate(last + 3))
            {
                // "Lynda van der Klok", "Ursula von der Leyen", "Oscar de la Hoya": two particles before the family name.
                last += 3;
            }
            else if (last + 1 < tokens.Count && (IsRomanNumeral(tokens[last + 1])
                || (tokens[last + 1].Text == "I" && !(last + 2 < tokens.Count && tokens[last + 2].IsNameToken))))
            {
                // "João Paulo II", "Dom Pedro I" (not the English "I" that opens a title: "Pedro I Want").
                last++;
            }
            else if (givenNameAlone && last + 4 < tokens.Count && IsOpeningQuote(tokens[last + 1]) && IsCandidate(last + 2)
                && IsClosingQuote(tokens[last + 3]) && IsCandidate(last + 4) && !tokens[last + 4].StartsSentence)
            {
                // 'Manuel "Guajiro" Mirabal': a nickname in quotes between a given name and a family name is in the name.
                last += 4;
            }
            else if (last + 2 < tokens.Count && tokens[last + 1].Is(".") && TitlesOfAddress.Contains(tokens[last].Folded) && IsCandidate(last + 2))
            {
                // "Sr. Reagan".
                last += 2;
            }
            else if (last + 2 < tokens.Count && tokens[last + 1].Is(",") && IsSuffix(last + 2))
            {
                // "Harry Connick, Jr.": the suffix, and the full stop of its abbreviation, belong to the name.
                last += last + 3 < tokens.Count && tokens[last + 3].Is(".") && tokens[last + 3].Start == tokens[last + 2].End ? 3 : 2;
            }
            else
            {
                break;
            }
        }

        return last;
    }

    private static bool IsOpeningQuote(Token token) => token.Is("\"") || token.Is("“");

    private static bool IsClosingQuote(Token token) => token.Is("\"") || token.Is("”");
}
