namespace TriviaApi.Extraction;

/// <summary>
/// Pairs of names in one fact that a word of kinship or company ties together ("X, irmã de Y", "a prima Glorinha"):
/// read from the tokens alone, so they live apart from the registry that decides what each pair makes of its names.
/// </summary>
internal static class RelativePairs
{
    /// <summary>
    /// The runs of "X, [a] irmã de Y", "a irmã de Y, X" and "Y ... a irmã X": a name, a comma, a word of kinship or company, "de" and a
    /// name, maybe described ("filho do bruxo Adrian Marcato").
    /// </summary>
    internal static IEnumerable<(NameRun One, NameRun Other, bool EitherWay)> In(List<NameRun> runs, IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i < runs.Count; i++)
        {
            // "Sidney Prescott, ... da morte da mãe, Maureen Prescott": a relative set off after a bare word of kinship is
            // of the name before it.
            if (KinBefore(tokens, runs[i].First) && !SentenceStartsBetween(tokens, runs[i - 1], runs[i]))
            {
                yield return (runs[i], runs[i - 1], false);
            }
        }

        // "Zulmira teme a prima Glorinha": a name right after an article and a word of kinship is a relative of the
        // name before it in the sentence.
        for (var i = 1; i < runs.Count; i++)
        {
            if (IsNamedByKinship(tokens, runs[i].First) && !SentenceStartsBetween(tokens, runs[i - 1], runs[i]))
            {
                yield return (runs[i], runs[i - 1], false);
            }
        }

        foreach (var one in runs)
        {
            var at = one.Last + 1;
            if (at >= tokens.Count || !tokens[at].Is(","))
            {
                continue;
            }

            // "A esposa morta de Munny, Claudia Feathers, ...": the relative set off after whose relative she is.
            // Not "Vivinha, a mãe de Helena, Maria Gladys no papel de ...": there the kinship describes the name before it.
            if (IsRelativeOf(tokens, one.First) && CharacterCueReader.RunStartingAt(runs, at + 1) is { } setOff
                && setOff.Last + 1 < tokens.Count && tokens[setOff.Last + 1].Is(",") && !tokens.Take(one.First).Reverse().SkipWhile(t => t.IsLowercaseWord).FirstOrDefault()?.Is(",") == true)
            {
                yield return (setOff, one, true);
            }

            at += at + 1 < tokens.Count && tokens[at + 1].Folded is "o" or "a" or "um" or "uma" or "seu" or "sua" ? 2 : 1;
            // "Steven Marcato, filho do bruxo Adrian Marcato": after "do" or "da", a word may describe the relative.
            var described = at + 3 < tokens.Count && tokens[at + 1].Folded is "do" or "da" && tokens[at + 2].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[at + 2]) ? 1 : 0;
            if (at + 2 < tokens.Count && tokens[at].IsLowercaseWord && Lexicon.KinshipNouns.Contains(tokens[at].Folded) && tokens[at + 1].Folded is "de" or "do" or "da"
                && (CharacterCueReader.RunStartingAt(runs, at + 2) ?? (described > 0 ? CharacterCueReader.RunStartingAt(runs, at + 3) : null)) is { } other)
            {
                yield return (one, other, true);
            }
        }
    }

    // A loop, not a lambda over a range: asked of every pair of names, a lambda would cost each fact a closure.
    private static bool SentenceStartsBetween(IReadOnlyList<Token> tokens, NameRun before, NameRun after)
    {
        for (var k = before.Last + 1; k < after.First; k++)
        {
            if (tokens[k].StartsSentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a mãe, X", "da mãe dele, X": an article, a word of kinship, maybe "dele" or "dela", and the comma before <paramref name="name"/>.</summary>
    private static bool KinBefore(IReadOnlyList<Token> tokens, int name)
    {
        if (name < 3 || !tokens[name - 1].Is(","))
        {
            return false;
        }

        var kin = tokens[name - 2].Folded is "dele" or "dela" ? name - 3 : name - 2;
        return kin >= 1 && tokens[kin].IsLowercaseWord && Lexicon.KinshipNouns.Contains(tokens[kin].Folded)
            && tokens[kin - 1].Folded is "a" or "o" or "da" or "do" or "sua" or "seu";
    }

    /// <summary>"a prima Glorinha", "com o tio Waldo", "à sobrinha Yolanda": an article and a word of kinship right before <paramref name="name"/>.</summary>
    private static bool IsNamedByKinship(IReadOnlyList<Token> tokens, int name) =>
        name >= 2 && tokens[name - 1].IsLowercaseWord && Lexicon.KinshipNouns.Contains(tokens[name - 1].Folded)
        && tokens[name - 2].IsLowercaseWord && tokens[name - 2].Folded is "a" or "o" or "ao" or "da" or "do" or "na" or "no" or "pela" or "pelo" or "sua" or "seu";

    /// <summary>"irmã de", "a esposa morta de": a word of kinship, maybe with one word describing it, then "de" before the name.</summary>
    private static bool IsRelativeOf(IReadOnlyList<Token> tokens, int name)
    {
        if (name < 2 || !tokens[name - 1].IsLowercaseWord || tokens[name - 1].Folded is not ("de" or "do" or "da"))
        {
            return false;
        }

        var kin = tokens[name - 2].IsLowercaseWord && Lexicon.KinshipNouns.Contains(tokens[name - 2].Folded) ? name - 2 : name - 3;
        return kin >= 0 && tokens[kin].IsLowercaseWord && Lexicon.KinshipNouns.Contains(tokens[kin].Folded) && (kin == name - 2 || tokens[name - 2].IsLowercaseWord);
    }
}
