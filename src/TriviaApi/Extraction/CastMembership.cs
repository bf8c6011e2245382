using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// "Grande Otelo também integra o elenco", "Boca Rica faz uma ponta": what only a performer does, said right after a
/// name, makes it a person's even when its every word is an ordinary word.
/// </summary>
internal static class CastMembership
{
    private static readonly HashSet<string> JoiningVerbs = Lexicon.Folded(
        "integra", "integrou", "integrava", "integram", "integraram", "completa", "completou", "completam", "completaram", "reforça", "reforçou");

    private static readonly HashSet<string> BeingVerbs = Lexicon.Folded("está", "estava", "esteve", "estão", "entra", "entrou", "entraria");

    private static readonly HashSet<string> MakingVerbs = Lexicon.Folded("faz", "fez", "fazia", "fará", "faria");

    private static readonly HashSet<string> BitParts = Lexicon.Folded("ponta", "pontinha", "participação", "aparição", "figuração");

    private static readonly HashSet<string> PerformingVerbs = Lexicon.Folded(
        "contracena", "contracenou", "contracenava", "contracenam", "contracenaram", "estrela", "estrelou", "estrelava", "coestrela", "coestrelou");

    /// <summary>Whether the words after the name ending at <paramref name="last"/> say it is in the cast.</summary>
    public static bool SaidAfter(IReadOnlyList<Token> tokens, int last)
    {
        var at = last + 1;
        for (var skipped = 0; skipped < 2 && at < tokens.Count && tokens[at].IsLowercaseWord && Lexicon.Adverbs.Contains(tokens[at].Folded); skipped++)
        {
            at++;
        }

        string Word(int distance) => at + distance < tokens.Count && tokens[at + distance].IsLowercaseWord ? tokens[at + distance].Folded : "";
        // Most names are followed by punctuation or a capital, which none of the verbs below is: not looked up four times.
        if (Word(0).Length == 0)
        {
            return false;
        }

        return (JoiningVerbs.Contains(Word(0)) && Word(1) == "o" && Word(2) == "elenco")
            || (BeingVerbs.Contains(Word(0)) && ((Word(1) == "no" && Word(2) == "elenco") || (Word(1) == "para" && Word(2) == "o" && Word(3) == "elenco")))
            || (MakingVerbs.Contains(Word(0)) && Word(1) is "uma" or "a" && BitParts.Contains(Word(2)))
            || PerformingVerbs.Contains(Word(0));
    }
}
