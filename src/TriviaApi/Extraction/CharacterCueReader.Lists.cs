using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>Roles in lists: the couple two actors form, a plural role noun's list, roles joined across dated films.</summary>
internal static partial class CharacterCueReader
{
    /// <summary>
    /// "Colin Firth e Jennifer Ehle tinham formado o casal Sr. Darcy e Elizabeth Bennet", "vivem a dupla ...": the couple
    /// two actors form or play is a list of roles.
    /// </summary>
    private static void ReadCouplesFormed(IReadOnlyList<Token> tokens, List<NameRun> runs)
    {
        // A loop over the runs, not a Where with a closure per fact: what it asks reads only the tokens.
        foreach (var run in runs)
        {
            var couple = CoupleNounBefore(tokens, run.First);
            if (!(couple >= 2 && tokens[couple - 1].Folded is "o" or "a"
                && (FormingVerbs.Contains(tokens[couple - 2].Folded) || Lexicon.PlayedVerbs.Contains(tokens[couple - 2].Folded))))
            {
                continue;
            }

            var slot = $"a couple \"{string.Join(' ', tokens.Skip(couple - 2).Take(run.First - couple + 2).Select(t => t.Text))}\"";
            var i = runs.IndexOf(run);
            var partner = i + 1 < runs.Count && OnlyListSeparatorsBetween(tokens, run, runs[i + 1]) ? runs[i + 1] : null;
            // "Lee Sun-kyun e Cho Yeo-jeong formam o casal Park Dong-ik e Park Yeon-kyo": two actors, two roles, in order.
            var verbAt = couple - 2 - AdverbsBefore(tokens, couple - 3);
            var second = RunEndingAt(runs, verbAt - 1);
            var first = second is null ? null : RunJoinedByAnEBefore(tokens, runs, second);
            var paired = partner is not null && first is not null;
            foreach (var (role, actor) in new[] { (run, first), (partner, second) })
            {
                if (role is null)
                {
                    continue;
                }

                role.Professions.Clear();
                (role.Cue, role.CueText, role.Actor) = paired ? (CharacterCue.Played, $"{slot} after {actor!.Text}", actor) : (CharacterCue.Role, slot, null);
            }
        }
    }

    /// <summary>The first run that "e" joins to <paramref name="second"/>: "Lee Sun-kyun e Cho Yeo-jeong".</summary>
    // A loop, not a lambda: a lambda here would cost every fact with a name a closure, and every run another.
    private static NameRun? RunJoinedByAnEBefore(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun second)
    {
        foreach (var run in runs)
        {
            if (run.Last == second.First - 2 && tokens[run.Last + 1].Folded == "e")
            {
                return run;
            }
        }

        return null;
    }

    /// <summary>Where "casal", "dupla" or "par" stands before a name, right before it or as "o casal de vizinhos"; -1 when none.</summary>
    private static int CoupleNounBefore(IReadOnlyList<Token> tokens, int first)
    {
        var at = first >= 3 && tokens[first - 2].Folded == "de" && tokens[first - 1].IsLowercaseWord ? first - 3 : first - 1;
        return at >= 0 && tokens[at].Folded is "casal" or "dupla" or "par" ? at : -1;
    }

    /// <summary>"papéis como Diana Castro, Lúcia Prates e Vera Antunes": a plural role noun's list is all roles.</summary>
    private static void ContinueRoleLists(IReadOnlyList<Token> tokens, List<NameRun> runs)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            var (run, first) = (runs[i], runs[i].First);
            var opensList = run.OpensRoleList
                || (run.Cue is CharacterCue.Role or CharacterCue.RoleOf && first >= 2 && PluralRoleNouns.Contains(tokens[first - (tokens[first - 1].Folded is "como" or "de" ? 2 : 1)].Folded));
            for (var j = i + 1; opensList && j < runs.Count && runs[j].Cue == CharacterCue.None && !PlaysTheNext(tokens, runs[j])
                && (OnlyListSeparatorsBetween(tokens, runs[j - 1], runs[j]) || OnlyListSeparatorsBetween(tokens, runs[j - 1].Last, runs[j].First - DescribedBy(tokens, runs[j].First, byProfessionsToo: true))); j++)
            {
                Mark(runs[j], run.Cue, $"list of roles after {run.CueText}");
            }
        }
    }

    /// <summary>
    /// "viveu o soldado Fredrick Zoller em Bastardos Inglórios (2009), de Quentin Tarantino, e o piloto Niki Lauda em Rush
    /// (2013)", "como o Coringa de Batman (1989), e o escritor Jack Torrance, de O Iluminado (1980)": after a role and
    /// the dated film it is in, "e" and a described name before another dated film are one more role of the same verb.
    /// A film trade ("e o diretor ...") describes a person.
    /// </summary>
    private static void ContinueRolesAcrossFilms(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, List<NameRun> runs)
    {
        for (var i = 0; i + 1 < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Cue is not (CharacterCue.Role or CharacterCue.Played) || DatedFilmRightAfter(tokens, films, run.Last + 1) is not { } film)
            {
                continue;
            }

            // The credit between (", de Quentin Tarantino,") is a run too: the next role is the first described run after "e".
            var next = FirstDescribedAfterAnE(tokens, runs, i + 1, film);
            if (next is null || next.Cue != CharacterCue.None || Lexicon.IsFilmTrade(tokens[next.First - 1].Folded)
                || !OnlyCreditsBetween(tokens, film, JointBeforeDescribed(tokens, next)) || DatedFilmRightAfter(tokens, films, next.Last + 1) is not { } itsFilm)
            {
                continue;
            }

            next.FilmAfter = itsFilm;
            Mark(next, run.Cue, $"one more role after {run.CueText}", run.Cue == CharacterCue.Played ? run.Actor : null);
        }
    }

    /// <summary>The first run from <paramref name="from"/> on, after the film, that "e" and maybe a description open.</summary>
    // A loop, not a lambda: a lambda here would cost every fact with a name a closure, and every run another.
    private static NameRun? FirstDescribedAfterAnE(IReadOnlyList<Token> tokens, List<NameRun> runs, int from, FilmSpan film)
    {
        for (var i = from; i < runs.Count; i++)
        {
            var run = runs[i];
            if (tokens[run.First].Start > film.End && JointBeforeDescribed(tokens, run) is > 0 and var joint && tokens[joint].Folded == "e")
            {
                return run;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the word before a described name is ("e o piloto Niki Lauda": the "e"), or before a name right after "e"
    /// ("e Yu Shu Lien em ..."); 0 when neither.
    /// </summary>
    private static int JointBeforeDescribed(IReadOnlyList<Token> tokens, NameRun run) =>
        DescribedBy(tokens, run.First, byProfessionsToo: true) is > 0 and var described && run.First - described - 1 > 0 ? run.First - described - 1
        : run.First > 0 && tokens[run.First - 1].Folded == "e" ? run.First - 1
        : 0;
}
