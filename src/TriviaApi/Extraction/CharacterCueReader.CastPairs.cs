namespace TriviaApi.Extraction;

/// <summary>
/// Names in parentheses after a name: "Eunice (Fernanda Torres)", a described role in parentheses, and an award
/// category before a person. Apart because cast pairs are read as pairs, both names at once.
/// </summary>
internal static partial class CharacterCueReader
{
    /// <summary>"Ator Coadjuvante (Milhem Cortaz)" in an award line: a role noun and ordinary words before a person's name are a category, not a role.</summary>
    private static bool IsCategoryBeforePerson(IReadOnlyList<Token> tokens, NameRun run, NameRun inside)
    {
        var words = tokens.Skip(run.First).Take(run.Last - run.First + 1).Where(t => t.IsCapitalizedWord).ToList();
        return inside.WordCount >= 2 && !inside.IsOrdinaryWords
            && (run.Professions.Count > 0 || words.Any(t => Lexicon.IsRoleNoun(t.Folded)))
            && words.All(t => OrdinaryWords.Contains(t.Folded));
    }

    /// <summary>"(o baterista Guto Goffi)": an article and a word or two that no film trade holds, then a name, in parentheses.</summary>
    private static NameRun? DescribedRoleInParenthesesAfter(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        var open = run.Last + 1;
        if (run.WordCount < 2 || open + 3 >= tokens.Count || !tokens[open].Is("(") || !(tokens[open + 1].IsLowercaseWord && tokens[open + 1].Folded is "o" or "a"))
        {
            return null;
        }

        var described = open + 2;
        while (described < open + 4 && tokens[described].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[described])
            && !Lexicon.IsFilmTrade(tokens[described].Folded) && tokens[described].Folded is not ("ator" or "atriz"))
        {
            described++;
        }

        var inside = RunStartingAt(runs, described);
        return described > open + 2 && inside is not null && inside.Last + 1 < tokens.Count && tokens[inside.Last + 1].Is(")") ? inside : null;
    }

    /// <summary>
    /// Whether the name at <paramref name="first"/> follows a participle of playing and "por", itself or after other
    /// cast pairs of the same list ("vividos por A (X), B (Y) e C (Z)").
    /// </summary>
    private static bool PlayedByTheNamesOfAList(IReadOnlyList<Token> tokens, int first)
    {
        for (var pairs = 0; pairs < 8 && first >= 2; pairs++)
        {
            var before = tokens[first - 1];
            if (before.IsLowercaseWord && before.Folded == "por")
            {
                return Lexicon.PlayedByParticiples.Contains(tokens[first - 2].Folded);
            }

            // Back over the pair before: ", " or " e ", its closing parenthesis, what it holds, and the name before it.
            if (!(before.Is(",") || (before.IsLowercaseWord && before.Folded == "e")) || !tokens[first - 2].Is(")"))
            {
                return false;
            }

            var open = first - 3;
            while (open >= 0 && !tokens[open].Is("(") && !tokens[open].Is(")"))
            {
                open--;
            }

            if (open < 1 || !tokens[open].Is("(") || !tokens[open - 1].IsNameToken)
            {
                return false;
            }

            first = open - 1;
            while (first >= 1 && (tokens[first - 1].IsNameToken || tokens[first - 1].Is(".")) && !tokens[first].StartsSentence)
            {
                first--;
            }
        }

        return false;
    }

    private static NameRun? InParenthesesAfter(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        var open = run.Last + 1;
        if (open >= tokens.Count || !tokens[open].Is("("))
        {
            return null;
        }

        var inside = RunStartingAt(runs, open + 1);
        return inside is not null && inside.Last + 1 < tokens.Count && (tokens[inside.Last + 1].Is(")") || IsDescribedToItsClose(tokens, inside.Last + 1)) ? inside : null;
    }

    /// <summary>
    /// "(Lello Cava, vendedor de brinquedos)", "(Rui Prado, um texano armado)": after the name in parentheses, a comma and
    /// what describes it.
    /// </summary>
    private static bool IsDescribedToItsClose(IReadOnlyList<Token> tokens, int comma)
    {
        var article = comma + 2 < tokens.Count && tokens[comma + 1].IsLowercaseWord && tokens[comma + 1].Folded is "um" or "uma" or "o" or "a";
        if (comma + 1 >= tokens.Count || !tokens[comma].Is(",") || !IsDescribingWord(tokens[comma + (article ? 2 : 1)]))
        {
            return false;
        }

        for (var at = comma + 1; at < tokens.Count && !tokens[at].Is("(") && !tokens[at].Is("."); at++)
        {
            if (tokens[at].Is(")"))
            {
                return true;
            }
        }

        return false;
    }
}
