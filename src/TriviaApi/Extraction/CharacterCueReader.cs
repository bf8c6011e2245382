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

    public static void Annotate(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, List<NameRun> runs, List<NameRun> categories)
    {
        foreach (var run in runs)
        {
            ReadCueBefore(tokens, runs, run);
            run.FilmAfter = FilmAfter(tokens, films, run);
        }

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
                (run.Cue, inside.Cue, run.PairedWith, inside.PairedWith) = (CharacterCue.Credited, CharacterCue.Credited, inside, run);
            }
        }
    }

    private static void ReadCueBefore(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        string Before(int distance) => run.First - distance >= 0 ? tokens[run.First - distance].Folded : "";

        if (Of.Contains(Before(1)) && RoleNouns.Contains(Before(2)))
        {
            run.Cue = CharacterCue.RoleOf;
            return;
        }

        if (RoleNouns.Contains(Before(1)))
        {
            run.Cue = CharacterCue.Role;
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
            (run.Cue, run.Actor) = (CharacterCue.Played, actor);
        }
        else if (Lexicon.PlayedVerbs.Contains(Before(1)))
        {
            run.Cue = CharacterCue.Role;
        }
    }

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
