namespace TriviaApi.Extraction;

/// <summary>
/// Who plays a cued role: the subject before a verb of playing, a name set off before it, the agent of "vivida por".
/// Apart because finding the actor reads the clause around the cue, not the cue itself.
/// </summary>
internal static partial class CharacterCueReader
{
    private static readonly HashSet<string> Ordinals = ["primeiro", "primeira", "segundo", "segunda", "terceiro", "terceira", "ultimo", "ultima"];

    /// <summary>
    /// "Ana Lobo e Rita Paz completam o elenco, a primeira como ..., e a segunda como ...": actors named by their place in
    /// a list before, each "como" paired with another in the same sentence.
    /// </summary>
    private static bool IsActorByOrder(IReadOnlyList<Token> tokens, int como)
    {
        if (!IsOrdinalBefore(tokens, como))
        {
            return false;
        }

        for (var other = como - 1; other >= 0 && !tokens[other + 1].StartsSentence; other--)
        {
            if (tokens[other].Folded == "como" && IsOrdinalBefore(tokens, other))
            {
                return true;
            }
        }

        for (var other = como + 1; other < tokens.Count && !tokens[other].StartsSentence; other++)
        {
            if (tokens[other].Folded == "como" && IsOrdinalBefore(tokens, other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOrdinalBefore(IReadOnlyList<Token> tokens, int como) =>
        como >= 3 && tokens[como - 1].IsLowercaseWord && Ordinals.Contains(tokens[como - 1].Folded) && tokens[como - 2].Folded is "o" or "a" or "os" or "as"
        && (tokens[como - 3].Is(",") || tokens[como - 3].Folded == "e");

    /// <summary>
    /// "faz uma ponta como", "estreou como", and with the screen between: "estreou no cinema como", "aparece na tela
    /// como": an appearance right before <paramref name="como"/>.
    /// </summary>
    private static bool AppearsBefore(IReadOnlyList<Token> tokens, int como) =>
        como >= 1 && (AppearanceNouns.Contains(tokens[como - 1].Folded)
            || (como >= 3 && tokens[como - 1].Folded is "cinema" or "tela" or "telas" or "teatro" && tokens[como - 2].Folded is "no" or "na" or "nas"
                && AppearanceNouns.Contains(tokens[como - 3].Folded)));

    /// <summary>
    /// "Lee Van Cleef e Robert J. Wilke completam o bando como Jack Colby e Jim Pierce": a verb in the plural between
    /// the actors and "como" gives each of them a role, so the names joined after "como" are all roles.
    /// </summary>
    private static bool PluralVerbBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to; i++)
        {
            var word = tokens[i];
            if (word.IsLowercaseWord && word.Folded.Length >= 5 && !Lexicon.IsFunctionWord(word) && !Lexicon.Adverbs.Contains(word.Folded)
                && (word.Folded.EndsWith("am", StringComparison.Ordinal) || word.Folded.EndsWith("em", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"O filho de Paulo Rangel", "a mãe de Ana": a relative as the subject; not one set off after another name ("Geraldine Chaplin, filha de Charlie Chaplin,").</summary>
    private static bool IsRelativeNamed(IReadOnlyList<Token> tokens, NameRun name) =>
        name.First >= 3 && tokens[name.First - 1].IsLowercaseWord && Of.Contains(tokens[name.First - 1].Folded) && Lexicon.KinshipNouns.Contains(tokens[name.First - 2].Folded)
        && Lexicon.TitleArticles.Contains(tokens[name.First - 3].Folded);

    /// <summary>"fez o amigo Rui Prado chorar": "fazer" and a name before an infinitive makes someone do something, plays no one.</summary>
    private static bool IsCausative(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 1 < tokens.Count && tokens[run.Last + 1].IsLowercaseWord && tokens[run.Last + 1].Folded.Length > 3
        && (tokens[run.Last + 1].Folded.EndsWith("ar", StringComparison.Ordinal) || tokens[run.Last + 1].Folded.EndsWith("er", StringComparison.Ordinal) || tokens[run.Last + 1].Folded.EndsWith("ir", StringComparison.Ordinal));

    /// <summary>
    /// "Edd Byrnes, astro da série 77 Sunset Strip, é Vince Fontaine": the sentence's subject, set off from the verb by
    /// a description between commas, plays the role; so does a full name set off by a description before "como".
    /// </summary>
    private static NameRun? SubjectSetOffBefore(IReadOnlyList<Token> tokens, List<NameRun> runs, int verbAt)
    {
        if (verbAt < 4 || !tokens[verbAt - 1].Is(","))
        {
            return null;
        }

        for (var at = verbAt - 2; at >= Math.Max(1, verbAt - 12) && !tokens[at].Is(".") && !tokens[at].Is(")"); at--)
        {
            if (tokens[at].Is(","))
            {
                // "entrou Sofia Coppola, filha do cineasta, como Mary Corleone": before "como", a full name set off by a
                // description plays the role wherever it stands in the sentence.
                var describedBeforeComo = tokens[verbAt].Folded == "como" && tokens[at + 1].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[at + 1]) && !GivesExamples(tokens, verbAt);
                return runs.FirstOrDefault(r => r.Last == at - 1 && (tokens[r.First].StartsSentence || describedBeforeComo) && r.WordCount >= 2 && r.Cue == CharacterCue.None);
            }
        }

        return null;
    }

    /// <summary>
    /// "Paulo Reis, parceiro habitual de Ana Moura, aparece como ...": a name that ends a description set off after the
    /// sentence's subject is whom the description speaks of; the subject is who plays.
    /// </summary>
    private static NameRun? SubjectOfAnAppositionEndingIn(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun inside)
    {
        if (inside.First < 3 || inside.Last + 1 >= tokens.Count || !tokens[inside.Last + 1].Is(",") || !tokens[inside.First - 1].IsLowercaseWord)
        {
            return null;
        }

        for (var at = inside.First - 1; at >= Math.Max(1, inside.First - 12) && !tokens[at].Is(".") && !tokens[at].Is(")") && !tokens[at].IsNameToken; at--)
        {
            if (tokens[at].Is(","))
            {
                // Not "Nancy Kyes, creditada como Nancy Loomis, ...": the name she works under is hers, as an actor.
                return tokens[at + 1].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[at + 1]) && !CreditedUnder.Contains(tokens[at + 1].Folded)
                    ? runs.FirstOrDefault(r => r.Last == at - 1 && tokens[r.First].StartsSentence && r.WordCount >= 2 && r.Cue == CharacterCue.None)
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Stockard Channing tinha 33 anos quando fez Betty Rizzo, líder das Pink Ladies": when "quando" brings in the
    /// making of a name set off by a comma, the sentence's subject played it. Not "quando fez Tom Hanks chorar".
    /// </summary>
    private static NameRun? SubjectWhenItMade(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run, int verbAt) =>
        verbAt >= 1 && tokens[verbAt - 1].Folded == "quando" && Lexicon.PlayedVerbsAfterAnActor.Contains(tokens[verbAt].Folded)
        && run.First == verbAt + 1 && run.Last + 1 < tokens.Count && tokens[run.Last + 1].Is(",")
        && runs.FirstOrDefault(r => r.Last < verbAt && r.WordCount >= 2 && r.Cue == CharacterCue.None && OpensTheSentence(tokens, r)) is { } subject
        && !runs.Any(r => r.First > subject.Last && r.Last < verbAt)
            ? subject
            : null;

    /// <summary>
    /// The last run ending before the verb at <paramref name="verbAt"/> that opens its sentence or stands right before
    /// the verb's comma, when no run outside a prepositional phrase stands between it and <paramref name="run"/>.
    /// </summary>
    private static NameRun? SubjectBeforeALinkingVerb(IReadOnlyList<Token> tokens, List<NameRun> runs, NameRun run, int verbAt)
    {
        NameRun? subject = null;
        for (var i = runs.Count - 1; i >= 0 && subject is null; i--)
        {
            var r = runs[i];
            if (r.Last < verbAt && (OpensTheSentence(tokens, r) || (r.Last == verbAt - 2 && !AfterAPreposition(tokens, r))))
            {
                subject = r;
            }
        }

        if (subject is null)
        {
            return null;
        }

        foreach (var r in runs)
        {
            if (r.First > subject.Last && r.Last < run.First && !AfterAPreposition(tokens, r))
            {
                return null;
            }
        }

        return subject;
    }

    private static NameRun? LastRunOpeningASentenceBefore(IReadOnlyList<Token> tokens, List<NameRun> runs, int before)
    {
        for (var i = runs.Count - 1; i >= 0; i--)
        {
            if (runs[i].Last < before && tokens[runs[i].First].StartsSentence)
            {
                return runs[i];
            }
        }

        return null;
    }

    /// <summary>Whether the list of cast pairs going on from <paramref name="at"/> ends in a verb of playing, whose subjects they are.</summary>
    private static bool ActorsOfAVerbAfter(IReadOnlyList<Token> tokens, int at)
    {
        while (at < tokens.Count && (tokens[at].IsNameToken || tokens[at].Is(",") || tokens[at].Is("(") || tokens[at].Is(")") || tokens[at].Folded == "e"))
        {
            at++;
        }

        // Not "Big Mac (James Westerfield) e Truck, vivido por ...": a participle's actor comes after it; nor "o mágico
        // Arturo (Vernon Dobtcheff) faz uma girafa desaparecer": "fazer" before an infinitive makes something happen.
        return at < tokens.Count && tokens[at].IsLowercaseWord && !Lexicon.PlayedByParticiples.Contains(tokens[at].Folded)
            && (Lexicon.PlayedVerbs.Contains(tokens[at].Folded) || Lexicon.PlayedVerbsAfterAnActor.Contains(tokens[at].Folded))
            && !MakesSomethingHappen(tokens, at);
    }

    /// <summary>"faz uma girafa desaparecer": a verb of doing, a short phrase in lower case, then an infinitive.</summary>
    private static bool MakesSomethingHappen(IReadOnlyList<Token> tokens, int verb)
    {
        for (var i = verb + 2; i < Math.Min(tokens.Count, verb + 5) && tokens[i - 1].IsLowercaseWord; i++)
        {
            var word = tokens[i];
            if (word.IsLowercaseWord && word.Folded.Length > 4 && !Lexicon.IsFunctionWord(word)
                && (word.Folded.EndsWith("ar", StringComparison.Ordinal) || word.Folded.EndsWith("er", StringComparison.Ordinal) || word.Folded.EndsWith("ir", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Na trama, ...", "No prólogo, ...": the sentence holding the token opens by saying it tells the story.</summary>
    private static bool TellsThePlot(IReadOnlyList<Token> tokens, int at)
    {
        var start = at;
        while (start > 0 && !tokens[start].StartsSentence)
        {
            start--;
        }

        return start + 2 < at && tokens[start].Folded is "na" or "no" && PlotNouns.Contains(tokens[start + 1].Folded) && tokens[start + 2].Is(",");
    }

    /// <summary>"Charles Kay vive o Conde", "Tim Daly como o pai": a name right before a verb of playing is the one who plays.</summary>
    private static bool PlaysTheNext(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 1 < tokens.Count && tokens[run.Last + 1] is { IsLowercaseWord: true } next
        && (Lexicon.PlayedVerbs.Contains(next.Folded) || Lexicon.PlayedVerbsAfterAnActor.Contains(next.Folded) || next.Folded == "como");

    /// <summary>
    /// "vivida por Ana Reis", "a bisavó ganhou a voz de Ana Reis", "o papel ficou com Ana Reis", "quem lhe dá vida é Ana
    /// Reis": whoever a role is played by, gets its voice from, or is given to.
    /// </summary>
    private static bool IsAgentOfPlaying(IReadOnlyList<Token> tokens, NameRun run)
    {
        string Before(int distance) => run.First - distance >= 0 ? tokens[run.First - distance].Folded : "";
        return (Before(1) is "por" or "pelo" or "pela" && Lexicon.PlayedByParticiples.Contains(Before(2)))
            || (Of.Contains(Before(1)) && Before(2) == "voz" && Before(3) is "a" or "sua" && Before(4) is "ganhou" or "ganha" or "recebeu" or "recebe" or "tem" or "teve")
            || (Before(1) == "com" && Before(2) is "ficou" or "fica" or "ficaria" && Before(3) == "papel")
            || (Before(1) is "a" or "para" && Before(2) is "coube" or "cabe" && Before(3) == "papel")
            || (Before(1) is "e" or "era" or "foi" && Before(2) is "vida" or "voz" && Before(3) is "da" or "deu" or "dava" && Before(4) == "lhe");
    }

    /// <summary>
    /// Under a label of characters, the one the labelled role went to: "Personagem: Chino ... ficou com José De Vega",
    /// "Ice ... é papel de Tucker Smith", "Glad Hand é uma das primeiras aparições de John Astin".
    /// </summary>
    private static bool TakesTheLabelledRole(IReadOnlyList<Token> tokens, NameRun run)
    {
        string Before(int distance) => run.First - distance >= 0 ? tokens[run.First - distance].Folded : "";
        return (Before(1) == "com" && Before(2) is "ficou" or "fica" or "ficaria")
            || (Of.Contains(Before(1)) && Before(2) is "papel" or "aparicao" or "aparicoes" or "estreia" && Before(3) is "e" or "foi" or "era" or "das" or "primeiras" or "primeira");
    }
}
