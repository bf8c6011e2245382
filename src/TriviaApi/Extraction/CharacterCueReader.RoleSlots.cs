namespace TriviaApi.Extraction;

/// <summary>
/// What the words around a cue's slot say of it: a show other than a film, a lead role, examples rather than a role,
/// a slot of life or voice. Apart from the cue before a name because they read the slot, not the cue.
/// </summary>
internal static partial class CharacterCueReader
{
    /// <summary>"como Dora Salles na novela Vale Tudo", "como C.J. Cregg na série ...": the role's show follows it.</summary>
    private static bool WorkOtherThanAFilmAfter(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 2 < tokens.Count && tokens[run.Last + 1].IsLowercaseWord && tokens[run.Last + 1].Folded is "na" or "no" or "em"
        && Lexicon.WorksOtherThanFilms.Contains(tokens[run.Last + 2].Folded);

    /// <summary>
    /// "como Mark Hanna, o veterano que ...", "como Salvador Mallo, um alter ego do diretor": after "como", a name set off
    /// and described by an article and a noun is a role's.
    /// </summary>
    private static bool DescribedAfterAComma(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 3 < tokens.Count && tokens[run.Last + 1].Is(",") && tokens[run.Last + 2].Folded is "o" or "a" or "um" or "uma"
        && tokens[run.Last + 3].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[run.Last + 3]);

    /// <summary>"interpreta o protagonista, ...", "vive a vilã, ...", "como o herói, ...": a lead role played, then a comma.</summary>
    private static bool SetOffAfterARolePlayed(IReadOnlyList<Token> tokens, int commaAt) =>
        commaAt >= 3 && tokens[commaAt].Is(",") && LeadRoles.Contains(tokens[commaAt - 1].Folded) && tokens[commaAt - 2].Folded is "o" or "a"
        && (Lexicon.PlayedVerbs.Contains(tokens[commaAt - 3].Folded) || tokens[commaAt - 3].Folded is "como" or "faz" or "fez" or "fazia" or "fara");

    private static readonly HashSet<string> LeadRoles =
        ["protagonista", "antagonista", "vilao", "vila", "heroi", "heroina", "mocinho", "mocinha", "narrador", "narradora", "coadjuvante"];

    /// <summary>
    /// ", da série House of Cards": a show other than a film that the name, set off by a comma, is of. Not ", na série
    /// ...", where people appear too.
    /// </summary>
    private static bool ShowAfterAComma(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 3 < tokens.Count && tokens[run.Last + 1].Is(",") && tokens[run.Last + 2].IsLowercaseWord && tokens[run.Last + 2].Folded is "da" or "do"
        && Lexicon.WorksOtherThanFilms.Contains(tokens[run.Last + 3].Folded);

    private static readonly HashSet<string> PluralQuantifiers = ["varias", "varios", "muitas", "muitos", "outras", "outros", "diversas", "diversos", "algumas", "alguns"];

    /// <summary>
    /// "restaurantes como o Guy Savoy", "várias empresas que anunciaram no filme, como a Atari": "como" after a plural
    /// of things gives examples of them, not a role.
    /// </summary>
    internal static bool GivesExamples(IReadOnlyList<Token> tokens, int como)
    {
        if (como < 1 || tokens[como - 1].IsCapitalizedWord)
        {
            return false;
        }

        var before = tokens[como - 1];
        // Not "escalados como o suricato Timão": a participle, or a verb in "-mos", is no plural of things.
        if (before.IsLowercaseWord && before.Folded.Length > 3 && before.Folded.EndsWith('s') && !Lexicon.IsFunctionWord(before) && !Lexicon.PlayedVerbs.Contains(before.Folded)
            && !before.Folded.EndsWith("dos", StringComparison.Ordinal) && !before.Folded.EndsWith("das", StringComparison.Ordinal) && !before.Folded.EndsWith("mos", StringComparison.Ordinal))
        {
            return true;
        }

        for (var at = como - 1; before.Is(",") && at >= Math.Max(0, como - 10) && !tokens[at].Is("."); at--)
        {
            // "atores profissionais e não profissionais, como o vaqueiro Carlos Pessoa": examples of people.
            if (PluralQuantifiers.Contains(tokens[at].Folded) || (tokens[at].IsLowercaseWord && tokens[at].Folded.EndsWith('s') && Lexicon.IsRoleNoun(tokens[at].Folded)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many words before the description make a slot that gives a character life or voice, counting from the
    /// preposition: "deu vida a" (3), "empresta sua voz ao" (4), "faz a voz do" (4); 0 when there is none.
    /// </summary>
    /// <param name="tokens">The fact's tokens.</param>
    /// <param name="described">Where the description starts (the name, when there is none): distances count back from it.</param>
    private static int VoiceOrLifeSlotLength(IReadOnlyList<Token> tokens, int described)
    {
        // A local function, not a delegate of the caller's: asked for every name, a delegate would cost a closure each time.
        string Before(int distance) => described - distance >= 0 ? tokens[described - distance].Folded : "";
        // "dá vida ainda a Jobu Tupaki": an adverb may stand before the "a".
        var adverb = Lexicon.Adverbs.Contains(Before(2)) ? 1 : 0;
        if (Before(1) is "a" or "ao" && Before(2 + adverb) is "vida" or "voz")
        {
            return LifeOrVoiceVerbs.Contains(Before(3 + adverb)) ? 3 + adverb : Before(3 + adverb) is "a" or "sua" && LifeOrVoiceVerbs.Contains(Before(4 + adverb)) ? 4 + adverb : 0;
        }

        return Before(1) is "do" or "da" or "de" && Before(2) == "voz" && Before(3) == "a" && MakingVerbs.Contains(Before(4)) ? 4 : 0;
    }

    /// <summary>How many tokens from <paramref name="at"/> back are adverbs, with the commas around "respectivamente".</summary>
    private static int AdverbsBefore(IReadOnlyList<Token> tokens, int at)
    {
        var count = 0;
        while (at - count >= 1 && (Lexicon.Adverbs.Contains(tokens[at - count].Folded) || tokens[at - count].Folded == "respectivamente"
            || (tokens[at - count].Is(",") && (tokens[at - count - 1].Folded == "respectivamente" || (at - count + 1 < tokens.Count && tokens[at - count + 1].Folded == "respectivamente")))))
        {
            count++;
        }

        return count;
    }
}
