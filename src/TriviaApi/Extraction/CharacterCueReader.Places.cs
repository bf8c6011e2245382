using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Where things stand in a fact: the run that starts or ends at a place, the list separators between two runs, the
/// film right after a name. Apart because every cue family, and the registry, asks these of positions alone.
/// </summary>
internal static partial class CharacterCueReader
{
    // Asked of nearly every name run: loops, not FirstOrDefault with a lambda, whose closure over a parameter or a
    // local would be made on every call, even one that returns before asking.
    /// <summary>The first of the fact's runs that ends at <paramref name="last"/>.</summary>
    internal static NameRun? RunEndingAt(List<NameRun> runs, int last)
    {
        foreach (var run in runs)
        {
            if (run.Last == last)
            {
                return run;
            }
        }

        return null;
    }

    /// <summary>The first of the fact's runs of two words or more that starts at <paramref name="first"/>.</summary>
    // A loop, not a lambda: a lambda would capture the place for every run asked about.
    private static NameRun? FullNameStartingAt(List<NameRun> runs, int first)
    {
        foreach (var run in runs)
        {
            if (run.First == first && run.WordCount >= 2)
            {
                return run;
            }
        }

        return null;
    }

    /// <summary>The first of the fact's runs that starts at <paramref name="first"/>.</summary>
    internal static NameRun? RunStartingAt(List<NameRun> runs, int first)
    {
        foreach (var run in runs)
        {
            if (run.First == first)
            {
                return run;
            }
        }

        return null;
    }

    private static bool IsActorOfARun(List<NameRun> runs, NameRun actor)
    {
        foreach (var run in runs)
        {
            if (run.Actor == actor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"uma pensão em Niterói", "morto na Grota de Angico": a name after "em" is where the story happens.</summary>
    private static bool IsWhereItHappens(IReadOnlyList<Token> tokens, int first) =>
        first > 0 && tokens[first - 1].IsLowercaseWord && tokens[first - 1].Folded is "em" or "no" or "na" or "nos" or "nas";

    internal static bool OnlyListSeparatorsBetween(IReadOnlyList<Token> tokens, NameRun before, NameRun after) =>
        OnlyListSeparatorsBetween(tokens, before.Last, after.First);

    /// <summary>"vivem Pumpkin e Honey Bunny", and with a description: "viveram Selina Kyle e o mordomo Alfred Pennyworth".</summary>
    private static bool OnlyListSeparatorsBetween(IReadOnlyList<Token> tokens, int beforeLast, int afterFirst)
    {
        if (afterFirst <= beforeLast + 1)
        {
            return false;
        }

        for (var i = beforeLast + 1; i < afterFirst; i++)
        {
            if (!tokens[i].Is(",") && tokens[i].Folded != "e")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"viveu Dona Hermínia em Minha Mãe (2013)", and after a description "a princesa Mia de O Diário (2001)".</summary>
    private static FilmSpan? FilmAfter(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, NameRun run)
    {
        // "como Daisy Werthan, em Conduzindo Miss Daisy (1989)": a comma may stand before "em", and after an apposition
        // ("como Bradley Bradshaw, o Rooster, em ...").
        var next = run.Last + 1 + (run.Last + 2 < tokens.Count && tokens[run.Last + 1].Is(",") && tokens[run.Last + 2].Folded == "em" ? 1 : AppositionLength(tokens, run.Last + 1));
        var slot = next < tokens.Count ? tokens[next].Folded : null;
        return next + 1 < tokens.Count && (slot == "em" || (slot is "de" or "do" or "da" && run.First > 0 && IsDescribingWord(tokens[run.First - 1]) && DescribedBy(tokens, run.First) > 0))
            ? FilmCovering(films, tokens[next + 1])
            : null;
    }

    internal static FilmSpan? FilmCovering(IReadOnlyList<FilmSpan> films, Token token)
    {
        foreach (var film in films)
        {
            if (film.Covers(token))
            {
                return film;
            }
        }

        return null;
    }

    /// <summary>", o Rooster, em": the length of a short apposition with its commas, when "em" follows it; else 0.</summary>
    private static int AppositionLength(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma + 1 >= tokens.Count || !tokens[comma].Is(",") || tokens[comma + 1].Folded is not ("o" or "a"))
        {
            return 0;
        }

        for (var at = comma + 2; at < Math.Min(tokens.Count - 1, comma + 6) && tokens[at].Kind == TokenKind.Word; at++)
        {
            if (tokens[at + 1].Is(","))
            {
                return at + 2 < tokens.Count && tokens[at + 2].Folded == "em" ? at + 2 - comma : 0;
            }
        }

        return 0;
    }
}
