namespace TriviaApi.Extraction;

/// <summary>
/// Roles named in apposition: "vive o Sr. White, o veterano Larry Dimmick", "Norman Bates, o dono do motel de
/// Psicose (1960)". Apart because these read a name set off by commas, after the runs' own cues were read.
/// </summary>
internal static partial class CharacterCueReader
{
    /// <summary>
    /// "vive o Sr. White, o veterano Larry Dimmick, que ...": a described name set off after a role is that role's full
    /// name; "O personagem de Alan Arkin, Bill Boggs, é ...": a name set off after whose role it is, the role.
    /// </summary>
    private static void ReadRolesInApposition(IReadOnlyList<Token> tokens, List<NameRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Cue != CharacterCue.None || run.Professions.Count > 0)
            {
                continue;
            }

            var described = DescribedBy(tokens, run.First);
            var comma = run.First - described - 1;
            if (comma < 1 || !tokens[comma].Is(",") || RunEndingAt(runs, comma - 1) is not { } before)
            {
                continue;
            }

            // One word after the article: longer descriptions hold verbs ("a produção escalou") or things ("o líder da trupe").
            if (described == 2 && tokens[comma + 1].Folded is "o" or "a" && !Lexicon.IsThingNoun(tokens[comma + 2].Folded) && before.Cue is CharacterCue.Played or CharacterCue.Role)
            {
                Mark(run, CharacterCue.Role, $"described in apposition to {before.Text}", before.Actor);
            }
            else if (described == 0 && before.Cue is CharacterCue.None or CharacterCue.RoleOf && before.First >= 2 && tokens[before.First - 1].Folded is "de" or "do" or "da"
                && RoleNouns.Contains(tokens[before.First - 2].Folded) && run.Last + 1 < tokens.Count && tokens[run.Last + 1].Is(",") && ClosesAnApposition(tokens, run.First))
            {
                Mark(run, CharacterCue.Played, $"in apposition to the role of {before.Text}", before);
            }
        }
    }

    /// <summary>"Homem-Aranha", "Mulher-Gato", "Menino-Prodígio": Portuguese names its heroes by a person and what they are like.</summary>
    private static bool IsHerosName(Token token)
    {
        var hyphen = token.Folded.IndexOf('-');
        return token.IsCapitalizedWord && hyphen > 0 && HeroHeads.Contains(token.Folded[..hyphen])
            && hyphen + 1 < token.Text.Length && char.IsUpper(token.Text[hyphen + 1]);
    }

    /// <summary>
    /// "Norman Bates, o dono do motel de Psicose (1960)": a name set off by a description that ends in a dated film is
    /// a role of that film, unless the description is a trade ("Walter Salles, o diretor de ...").
    /// </summary>
    private static void ReadRolesDescribedAsOfAFilm(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, List<NameRun> runs)
    {
        foreach (var run in runs)
        {
            // Not "é interpretada por Lúcia Fortes, a heroína de ...": the actor's apposition.
            if (run.Cue != CharacterCue.None || run.Professions.Count > 0
                || (run.First >= 2 && tokens[run.First - 1].Folded is "por" or "pelo" or "pela" && Lexicon.PlayedByParticiples.Contains(tokens[run.First - 2].Folded)))
            {
                continue;
            }

            var at = run.Last + 1;
            // Not "Walter Matthau, a partir de ...", where "a" is a preposition.
            if (at + 2 >= tokens.Count || !tokens[at].Is(",") || !(tokens[at + 1].IsLowercaseWord && tokens[at + 1].Folded is "o" or "a") || tokens[at + 2].Folded == "partir")
            {
                continue;
            }

            // "Freddy Krueger, o vilão de A Hora do Pesadelo": a part of a story's cast, of a work named, dated or not.
            if (at + 4 < tokens.Count && StoryRoles.Contains(tokens[at + 2].Folded) && tokens[at + 3].IsLowercaseWord && Of.Contains(tokens[at + 3].Folded) && tokens[at + 4].IsNameToken)
            {
                run.FilmAfter = FilmCovering(films, tokens[at + 4]);
                // A role, unless the file names the name as a person's: an actor too is called "a heroína de" a film.
                Mark(run, CharacterCue.RoleOf, $"described as \"{tokens[at + 1].Text} {tokens[at + 2].Text} {tokens[at + 3].Text}\" a work");
                continue;
            }

            var end = at + 2;
            while (end < tokens.Count && end - at <= 8 && tokens[end].IsLowercaseWord && !Lexicon.IsRoleNoun(tokens[end].Folded) && !Lexicon.IsFilmTrade(tokens[end].Folded)
                && DatedFilmRightAfter(tokens, films, end) is null)
            {
                end++;
            }

            // Not "de Walt Disney, a trechos inéditos de ...", where "a" before a plural is a preposition, nor "ao lado de X,
            // o roteiro de ...", where the description is a thing.
            var head = tokens[at + 2].Folded;
            if (end > at + 2 && end < tokens.Count && DatedFilmRightAfter(tokens, films, end) is { } film && IsDescribingWord(tokens[at + 2])
                && !head.EndsWith('s') && !Lexicon.IsThingNoun(head) && !Lexicon.WorkNouns.Contains(head) && !Lexicon.AuthorsOfWorks.ContainsKey(head)
                && !PlaysAfterTheApposition(tokens, film))
            {
                run.FilmAfter = film;
                Mark(run, CharacterCue.Role, $"described as \"{string.Join(' ', tokens.Skip(at + 1).Take(end - at).Select(t => t.Text))} {film.Film.Title}\"");
            }
        }
    }

    /// <summary>"Linda Blair, a menina possuída de O Exorcista (1973), aparece como ...": the name set off is an actor's.</summary>
    private static bool PlaysAfterTheApposition(IReadOnlyList<Token> tokens, FilmSpan film)
    {
        var after = 0;
        while (after < tokens.Count && tokens[after].Start < film.End)
        {
            after++;
        }

        return after + 1 < tokens.Count && tokens[after].Is(",")
            && (Lexicon.PlayedVerbs.Contains(tokens[after + 1].Folded) || Lexicon.PlayedVerbsAfterAnActor.Contains(tokens[after + 1].Folded) || Lexicon.ShowsUpVerbs.Contains(tokens[after + 1].Folded));
    }

    /// <summary>The dated film that "em", "de" or ", de" after a name opens, if any.</summary>
    private static FilmSpan? DatedFilmRightAfter(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, int at)
    {
        at += at < tokens.Count && tokens[at].Is(",") ? 1 : 0;
        return at + 1 < tokens.Count && tokens[at].IsLowercaseWord && tokens[at].Folded is "em" or "de" or "no" or "na" or "do" or "da"
            ? FilmCovering(films, tokens[at + 1])
            : null;
    }

    /// <summary>From a dated film to the joint: its closing parenthesis, then at most commas and a credit (", de Quentin Tarantino,").</summary>
    private static bool OnlyCreditsBetween(IReadOnlyList<Token> tokens, FilmSpan film, int joint)
    {
        var at = joint - 1;
        while (at >= 0 && !tokens[at].Is(")") && (tokens[at].Is(",") || tokens[at].IsNameToken || Lexicon.NameParticles.Contains(tokens[at].Folded) || tokens[at].Folded == "de"))
        {
            at--;
        }

        return at >= 0 && tokens[at].Is(")") && film.Covers(tokens[at]);
    }

    /// <summary>
    /// "Myrtle Gordon, a personagem de Gena Rowlands": a name set off by "o personagem de" and an actor is that actor's
    /// role, and the actor no role.
    /// </summary>
    private static void ReadRolesOfActorsAfter(IReadOnlyList<Token> tokens, List<NameRun> runs)
    {
        foreach (var run in runs)
        {
            var at = run.Last + 1;
            if (at + 4 < tokens.Count && tokens[at].Is(",") && tokens[at + 1].Folded is "o" or "a" && tokens[at + 2].Folded is "personagem" or "papel"
                && Of.Contains(tokens[at + 3].Folded) && FullNameStartingAt(runs, at + 4) is { } actor)
            {
                Mark(run, CharacterCue.Played, $"\"{string.Join(' ', tokens.Skip(at).Take(4).Select(t => t.Text))}\" naming its actor {actor.Text}", actor);
                (actor.Cue, actor.CueText) = (CharacterCue.None, "");
            }
            else if (run.Cue == CharacterCue.None && SetOffAsACharacter(tokens, at) is > 0 and var noun)
            {
                // "como Mick Travis, o mesmo personagem que tinha interpretado": the apposition says it is a role.
                Mark(run, CharacterCue.Role, $"set off as \"{string.Join(' ', tokens.Skip(at + 1).Take(noun - at).Select(t => t.Text))}\"");
            }
        }
    }

    /// <summary>Where ", o personagem", ", a mesma personagem", ", o papel" after a name puts its noun; 0 when it does not.</summary>
    private static int SetOffAsACharacter(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma + 2 >= tokens.Count || !tokens[comma].Is(",") || tokens[comma + 1].Folded is not ("o" or "a"))
        {
            return 0;
        }

        // The noun ends the apposition or opens its clause: not "Segundo os Coen, o personagem foi inspirado em ..."
        // (the subject of what follows), nor "e Berta Drews, a mesma personagem idosa" (whom an actor plays).
        var noun = comma + 2 + (tokens[comma + 2].Folded is "mesmo" or "mesma" or "proprio" or "propria" ? 1 : 0);
        return noun < tokens.Count && tokens[noun].Folded is "personagem" or "papel"
            && (noun + 1 == tokens.Count || tokens[noun + 1].Folded == "que" || tokens[noun + 1].Is(",") || tokens[noun + 1].Is(".") || tokens[noun + 1].Is(";")) ? noun : 0;
    }
}
