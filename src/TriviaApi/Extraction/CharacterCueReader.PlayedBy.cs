using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// A role named before the words that say who played it: "Vic Vega, o bandido vivido por Madsen", "Elena, filha de
/// um banqueiro, interpretada por". Apart from the descriptions before a name because it reads the name, its
/// description set off after it, and the participle that closes them.
/// </summary>
internal static partial class CharacterCueReader
{
    // "vivido outra vez por", "interpretada mais uma vez por".
    private static readonly HashSet<string> AgainWords = ["outra", "mais", "uma", "vez", "novamente", "tambem", "depois", "ainda", "justamente", "agora"];

    /// <summary>"Otávio Lemos, vivido por Rafael Nogueira", "Vic Vega, o bandido vivido por Madsen": the participle puts the actor after the character.</summary>
    private static void ReadPlayedByAfter(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        // "desenvolvida por Ryan Murphy, ..., vivida por Sarah Paulson": the agent of a credit is played by no one.
        // "Antes de Ledger, o palhaço foi vivido por ...": a name after "antes de" or "depois de" only dates what follows.
        if (run.First >= 2 && ((tokens[run.First - 1].Folded == "por" && Lexicon.ParticipleRoles.ContainsKey(tokens[run.First - 2].Folded))
            || (tokens[run.First - 1].Folded == "de" && tokens[run.First - 2].Folded is "antes" or "depois")))
        {
            return;
        }

        var next = run.Last + 1;
        if (next < tokens.Count && tokens[next].Is(","))
        {
            next++;
            // "Vic Vega, o bandido vivido por", "Billy Batts, mafioso interpretado por": an article or a describing word opens a description.
            if (next + 1 < tokens.Count && tokens[next].IsLowercaseWord && (DescribingArticles.Contains(tokens[next].Folded) || IsDescribingWord(tokens[next]))
                && !Lexicon.PlayedByParticiples.Contains(tokens[next].Folded))
            {
                next++;
                while (next < tokens.Count && next - run.Last < MaxDescriptionBeforePlayedBy && (tokens[next].IsLowercaseWord || IsNameInADescription(tokens, next) || IsCliticHyphen(tokens, next))
                    && !Lexicon.PlayedByParticiples.Contains(tokens[next].Folded))
                {
                    next++;
                }

                // "John Hammond, o criador do parque, é vivido por ...", "Elena, filha de um banqueiro, interpretada por ...";
                // but in "Campbell, ajudou a jornada de Luke Skywalker, vivido por" the participle is the nearer name's.
                next += next + 1 < tokens.Count && tokens[next].Is(",") && Lexicon.LinkingVerbs.Contains(tokens[next + 1].Text) ? 2
                    : next + 1 < tokens.Count && tokens[next].Is(",") && Lexicon.PlayedByParticiples.Contains(tokens[next + 1].Folded)
                        && !tokens[next - 1].IsNameToken && AgreesWithDescription(tokens, run.Last + 2, next) ? 1 : 0;
            }
            else if (next + 1 < tokens.Count && Lexicon.LinkingVerbs.Contains(tokens[next].Text) && Lexicon.PlayedByParticiples.Contains(tokens[next + 1].Folded)
                && (tokens[run.First].StartsSentence || (run.First > 0 && tokens[run.First - 1].Is(",")) || SetOffWithItsDescription(tokens, run)))
            {
                // "O ex-paciente, Vincent Grey, é vivido por ...": a name set off by commas, not one inside a description;
                // "O assassino, o nacionalista Nathuram Godse, é vivido por ...": with its description.
                next++;
            }
        }
        else if (next + 1 < tokens.Count && Lexicon.LinkingVerbs.Contains(tokens[next].Text) && tokens[next].Text != "como")
        {
            // "John Hammond é vivido por ...".
            next++;
        }

        var by = next + 1;
        while (by < tokens.Count && by - next <= 3 && tokens[by].IsLowercaseWord && AgainWords.Contains(tokens[by].Folded))
        {
            by++;
        }

        // "foi dublada pelo próprio Brad Bird": the agent may come contracted with its article, and stressed.
        // "interpretado pelo irlandês Jack MacGowran", "pelo estreante Kaique Santos": after the contracted article, a
        // word may describe the actor.
        // So may two or three: "vivido pelo dramaturgo sul-africano Athol Fugard".
        var actorAt = by + 1 + (by + 1 < tokens.Count && tokens[by + 1].Folded is "proprio" or "propria" ? 1 : 0);
        while (by < tokens.Count && tokens[by].Folded is "pelo" or "pela" && actorAt < tokens.Count && actorAt - by <= 3 && tokens[actorAt].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[actorAt]))
        {
            actorAt++;
        }

        if (by + 1 >= tokens.Count || !Lexicon.PlayedByParticiples.Contains(tokens[next].Folded) || tokens[by].Folded is not ("por" or "pelo" or "pela")
            || RunStartingAt(runs, actorAt) is not { } actor)
        {
            return;
        }

        var slot = $"role slot \"{tokens[next].Text} por\"";
        if (next == run.Last + 1 && HeadOfDescription(tokens, runs, run) is { } head)
        {
            // "Adonis Creed, filho de Apollo vivido por Michael B. Jordan": the son is played, not the father.
            Mark(head, CharacterCue.Played, $"{slot} {actor.Text}", actor);
            return;
        }

        if (next == run.Last + 1 && run.First >= 2 && tokens[run.First - 1].IsLowercaseWord && Of.Contains(tokens[run.First - 1].Folded)
            && (LeadRoles.Contains(tokens[run.First - 2].Folded) || Lexicon.KinshipNouns.Contains(tokens[run.First - 2].Folded)))
        {
            // "a terceira heroína de Jorge Amado vivida por Sônia Braga", "a filha de Otto vivida por": the one played is
            // the heroine or the daughter, not the name she is of.
            return;
        }

        // "a voz de Moreau foi dublada pelo ator ...": the voice of a name dubbed is a weak cue; an actor the file names
        // in full is dubbed there, not played.
        if (next - run.Last <= 2 && run.First >= 2 && Of.Contains(tokens[run.First - 1].Folded) && tokens[run.First - 2].Folded == "voz"
            && tokens[next].Folded.StartsWith("dublad", StringComparison.Ordinal))
        {
            Mark(run, CharacterCue.RoleOf, $"{slot} {actor.Text}", actor);
            return;
        }

        if (!tokens[next].Folded.EndsWith('s'))
        {
            Mark(run, CharacterCue.Played, $"{slot} {actor.Text}", actor);
            return;
        }

        // "Vicentão e Cabo Setenta, vividos por Bruno Garcia e Aramis Trindade": the lists pair in order; lists of
        // different lengths say the names are roles, not who played which.
        var characters = ListEndingAt(tokens, runs, run);
        var actors = ListStartingAt(tokens, runs, actor);
        for (var i = 0; i < characters.Count; i++)
        {
            var pairedActor = characters.Count == actors.Count ? actors[i] : null;
            Mark(characters[i], pairedActor is null ? CharacterCue.Role : CharacterCue.Played, pairedActor is null ? slot : $"{slot} {pairedActor.Text}", pairedActor);
        }
    }

    /// <summary>
    /// How far a description set off after a name may run before ", é vivido por": "Coleman Reese, o funcionário que
    /// descobre a identidade secreta do patrão e ameaça revelá-la num programa de TV, é vivido por".
    /// </summary>
    private const int MaxDescriptionBeforePlayedBy = 24;

    /// <summary>"revelá-la": the hyphen before a pronoun joined to its verb.</summary>
    private static bool IsCliticHyphen(IReadOnlyList<Token> tokens, int at) =>
        at >= 1 && at + 1 < tokens.Count && tokens[at].Is("-") && tokens[at - 1].IsLowercaseWord && tokens[at + 1].IsLowercaseWord
        && tokens[at - 1].End == tokens[at].Start && tokens[at].End == tokens[at + 1].Start;

    private static bool SetOffWithItsDescription(IReadOnlyList<Token> tokens, NameRun run) =>
        DescribedBy(tokens, run.First, byProfessionsToo: true) is > 0 and var described && run.First - described - 1 is >= 0 and var comma && tokens[comma].Is(",");

    /// <summary>"Gogo Yubari, a guarda-costas de O-Ren, é vivida por", "chefe dos Crazy 88": a name of whom the description speaks.</summary>
    private static bool IsNameInADescription(IReadOnlyList<Token> tokens, int at)
    {
        var from = at;
        while (from > 0 && (tokens[from].IsNameToken || tokens[from].Kind == TokenKind.Number || IsAcronym(tokens[from])))
        {
            from--;
        }

        // "Kuniharu Tsuzuki, assassinado por Washizu, é vivido por": the agent of a participle in the description too.
        // "Tomás Ribeiro, contratado para vigiar Lucinda, é vivido por": the object of a verb of the description.
        return from < at && tokens[from].IsLowercaseWord
            && (Of.Contains(tokens[from].Folded) || (tokens[from].Folded is "por" or "pelo" or "pela" && from > 0 && IsParticiple(tokens[from - 1]))
                || IsVerbOfTheDescription(tokens[from]));
    }

    private static bool IsVerbOfTheDescription(Token token) =>
        !Lexicon.IsFunctionWord(token) && !Lexicon.PlayedVerbs.Contains(token.Folded) && !Lexicon.PlayedByParticiples.Contains(token.Folded)
        && ((Lexicon.EndsWithAny(token.Folded, InfinitiveEndings) && OrdinaryWords.Contains(token.Folded)) || FilmTitleFinder.IsAVerbForm(token.Folded));

    private static readonly string[] InfinitiveEndings = ["ar", "er", "ir"];

    /// <summary>
    /// "Elena, filha de um banqueiro, interpretada por": a description closed by a comma holds no clause of its own and
    /// agrees in gender with the participle after it.
    /// </summary>
    private static bool AgreesWithDescription(IReadOnlyList<Token> tokens, int opening, int closingComma)
    {
        var participle = tokens[closingComma + 1].Folded;
        var head = tokens[opening].Folded;
        var feminine = head is "a" or "as" || (!DescribingArticles.Contains(head) && head.EndsWith('a'));
        // "Rolf Gruber, o rapaz que entrega telegramas, vivido por": after an article, a clause only says more of the noun.
        return (DescribingArticles.Contains(head) || !tokens.Skip(opening).Take(closingComma - opening).Any(t => t.Folded == "que"))
            && feminine == participle.EndsWith('a');
    }

    /// <summary>The name a description ends in "de" + <paramref name="run"/> belongs to: "Adonis Creed, (o) filho de Apollo".</summary>
    private static NameRun? HeadOfDescription(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run)
    {
        var at = run.First - 1;
        if (at < 2 || !(tokens[at].IsLowercaseWord && Of.Contains(tokens[at].Folded)) || !IsDescribingWord(tokens[at - 1]))
        {
            return null;
        }

        at -= 2;
        at -= tokens[at].IsLowercaseWord && DescribingArticles.Contains(tokens[at].Folded) ? 1 : 0;
        return at >= 1 && tokens[at].Is(",") ? RunEndingAt(runs, at - 1) : null;
    }

    private static List<NameRun> ListEndingAt(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun last)
    {
        var list = new List<NameRun> { last };
        for (var i = runs.IndexOf(last) - 1; i >= 0 && OnlyListSeparatorsBetween(tokens, runs[i], list[0]); i--)
        {
            list.Insert(0, runs[i]);
        }

        return list;
    }

    private static List<NameRun> ListStartingAt(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun first)
    {
        var list = new List<NameRun> { first };
        for (var i = runs.IndexOf(first) + 1; i < runs.Count && OnlyListSeparatorsBetween(tokens, list[^1], runs[i]); i++)
        {
            list.Add(runs[i]);
        }

        return list;
    }
}
