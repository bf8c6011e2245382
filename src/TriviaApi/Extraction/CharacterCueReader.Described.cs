namespace TriviaApi.Extraction;

/// <summary>Role slots with words between the cue and the name: "interpreta o astuto Otávio", "Vic Vega, o bandido vivido por Madsen".</summary>
internal static partial class CharacterCueReader
{
    /// <summary>How many tokens describe the character before its name: an article, then at most two lower-case words.</summary>
    private static int DescribedBy(IReadOnlyList<Token> tokens, int first)
    {
        var (at, words) = (first - 1, 0);
        while (at >= 0 && words < 2 && IsDescribingWord(tokens[at]))
        {
            (at, words) = (at - 1, words + 1);
        }

        if (at < 0 || !tokens[at].IsLowercaseWord || !DescribingArticles.Contains(tokens[at].Folded))
        {
            return 0;
        }

        // In "dá vida ao capanga Luca Brasi" the "ao" belongs to the cue "dar vida a": only the describing word is skipped.
        var articleOfTheCue = tokens[at].Folded is "ao" or "a" && at > 0 && tokens[at - 1].Folded is "vida" or "voz";
        return first - at - (articleOfTheCue ? 1 : 0);
    }

    private static bool IsDescribingWord(Token token) =>
        token.IsLowercaseWord && !Lexicon.IsFunctionWord(token) && !Lexicon.PlayedVerbs.Contains(token.Folded)
        && !RoleNouns.Contains(token.Folded) && !Lexicon.RoleNouns.Contains(token.Folded);

    /// <summary>"Otávio Lemos, vivido por Rafael Nogueira", "Vic Vega, o bandido vivido por Madsen": the participle puts the actor after the character.</summary>
    private static void ReadPlayedByAfter(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        var next = run.Last + 1;
        if (next < tokens.Count && tokens[next].Is(","))
        {
            next++;
            if (next + 1 < tokens.Count && DescribingArticles.Contains(tokens[next].Folded) && tokens[next].IsLowercaseWord)
            {
                next++;
                while (next < tokens.Count && next - run.Last < 6 && tokens[next].IsLowercaseWord && !Lexicon.PlayedByParticiples.Contains(tokens[next].Folded))
                {
                    next++;
                }
            }
        }

        if (next + 2 < tokens.Count && Lexicon.PlayedByParticiples.Contains(tokens[next].Folded) && tokens[next + 1].Folded == "por"
            && runs.FirstOrDefault(r => r.First == next + 2) is { } actor)
        {
            Mark(run, CharacterCue.Played, $"role slot \"{tokens[next].Text} por\" {actor.Text}", actor);
        }
    }
}
