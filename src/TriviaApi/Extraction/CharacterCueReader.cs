namespace TriviaApi.Extraction;

/// <summary>
/// Reads the words around name runs that make them characters: "o papel de", "a personagem", "viveu",
/// "(actor) como (character) em (film)", "(actor) foi (character)", and "Eunice (Fernanda Torres)";
/// and gives an award category's person its profession: "Melhor Atriz (Fernanda Torres)".
/// </summary>
internal static class CharacterCueReader
{
    private static readonly HashSet<string> Of = ["de", "da", "do"];
    private static readonly HashSet<string> RoleNouns = ["papel", "papeis", "personagem", "personagens", "falas"];
    private static readonly HashSet<string> PluralRoleNouns = ["papeis", "personagens"];

    public static void Annotate(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, List<NameRun> runs, List<NameRun> categories)
    {
        foreach (var run in runs)
        {
            ReadCueBefore(tokens, runs, run);
            ReadPlayedByAfter(tokens, runs, run);
            run.FilmAfter = FilmAfter(tokens, films, run);
        }

        ContinueRoleLists(tokens, runs);

        foreach (var run in runs.Concat(categories))
        {
            var inside = InParenthesesAfter(tokens, runs, run);
            if (inside is null)
            {
                continue;
            }

            if (categories.Contains(run))
            {
                inside.Professions.AddRange(tokens.Skip(run.First).Take(run.Last - run.First + 1)
                    .Where(t => Lexicon.RoleNouns.Contains(t.Folded))
                    .Select(t => t.Text.ToLowerInvariant()));
            }
            else
            {
                // Which of the pair is the character ("Eunice (Fernanda Torres)" or "Fernanda Torres (Eunice)") is for the registry
                // to decide, knowing the whole file.
                (run.PairedWith, inside.PairedWith) = (inside, run);
                var pair = $"cast pair \"{run.Text} ({inside.Text})\"";
                Mark(run, CharacterCue.Credited, pair);
                Mark(inside, CharacterCue.Credited, pair);
            }
        }
    }

    private static void ReadCueBefore(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        string Before(int distance) => run.First - distance >= 0 ? tokens[run.First - distance].Folded : "";
        string Slot(int from) => $"role slot \"{string.Join(' ', tokens.Skip(from).Take(run.First - from).Select(t => t.Text))}\"";

        if (Of.Contains(Before(1)) && RoleNouns.Contains(Before(2)))
        {
            Mark(run, CharacterCue.RoleOf, Slot(run.First - 2));
            return;
        }

        // "a personagem Nina"; "papéis como Diana, Lúcia e Vera".
        if (RoleNouns.Contains(Before(1)) || (Before(1) == "como" && PluralRoleNouns.Contains(Before(2))))
        {
            Mark(run, CharacterCue.Role, Slot(run.First - (Before(1) == "como" ? 2 : 1)));
            return;
        }

        var verbAt = run.First - 1;
        if (Before(1) is "a" or "à" or "ao" && Before(2) == "vida" && Before(3) is "deu" or "da" or "dando")
        {
            verbAt = run.First - 3;
        }
        else if (!Lexicon.PlayedVerbs.Contains(Before(1)) && !(run.First > 0 && Lexicon.LinkingVerbs.Contains(tokens[run.First - 1].Text.ToLowerInvariant())))
        {
            return;
        }

        var actorEnd = verbAt - 1;
        if (actorEnd >= 0 && Lexicon.Adverbs.Contains(tokens[actorEnd].Folded))
        {
            actorEnd--;
        }

        var actor = runs.FirstOrDefault(r => r.Last == actorEnd);
        if (actor is not null)
        {
            Mark(run, CharacterCue.Played, $"{Slot(verbAt)} after {actor.Text}", actor);
        }
        else if (Lexicon.PlayedVerbs.Contains(Before(1)))
        {
            Mark(run, CharacterCue.Role, Slot(verbAt));
        }
    }

    /// <summary>"Otávio Lemos, vivido por Rafael Nogueira": the participle puts the actor after the character.</summary>
    private static void ReadPlayedByAfter(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        var next = run.Last + 1;
        if (next < tokens.Count && tokens[next].Is(","))
        {
            next++;
        }

        if (next + 2 < tokens.Count && Lexicon.PlayedByParticiples.Contains(tokens[next].Folded) && tokens[next + 1].Folded == "por"
            && runs.FirstOrDefault(r => r.First == next + 2) is { } actor)
        {
            Mark(run, CharacterCue.Played, $"role slot \"{tokens[next].Text} por\" {actor.Text}", actor);
        }
    }

    /// <summary>"papéis como Diana Castro, Lúcia Prates e Vera Antunes": a plural role noun's list is all roles.</summary>
    private static void ContinueRoleLists(IReadOnlyList<Token> tokens, List<NameRun> runs)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            var (run, first) = (runs[i], runs[i].First);
            var opensList = run.Cue is CharacterCue.Role or CharacterCue.RoleOf && first >= 2 && PluralRoleNouns.Contains(tokens[first - (tokens[first - 1].Folded is "como" or "de" ? 2 : 1)].Folded);
            for (var j = i + 1; opensList && j < runs.Count && runs[j].Cue == CharacterCue.None && OnlyListSeparatorsBetween(tokens, runs[j - 1], runs[j]); j++)
            {
                Mark(runs[j], run.Cue, $"list of roles after {run.CueText}");
            }
        }
    }

    private static void Mark(NameRun run, CharacterCue cue, string text, NameRun? actor = null) =>
        (run.Cue, run.CueText, run.Actor) = (cue, text, actor ?? run.Actor);

    private static bool OnlyListSeparatorsBetween(IReadOnlyList<Token> tokens, NameRun before, NameRun after) =>
        after.First > before.Last + 1 && Enumerable.Range(before.Last + 1, after.First - before.Last - 1).All(i => tokens[i].Is(",") || tokens[i].Folded == "e");

    private static FilmSpan? FilmAfter(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, NameRun run)
    {
        var next = run.Last + 1;
        return next + 1 < tokens.Count && tokens[next].Folded == "em"
            ? films.FirstOrDefault(f => f.Covers(tokens[next + 1]))
            : null;
    }

    private static NameRun? InParenthesesAfter(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        var open = run.Last + 1;
        if (open >= tokens.Count || !tokens[open].Is("("))
        {
            return null;
        }

        var inside = runs.FirstOrDefault(r => r.First == open + 1);
        return inside is not null && inside.Last + 1 < tokens.Count && tokens[inside.Last + 1].Is(")") ? inside : null;
    }
}
