namespace TriviaApi.Extraction;

/// <summary>
/// What the words in and around a run of capitalised words say it is: an institution, place, title or category
/// rather than a name ("o Rialto Theatre", "Guerra Fria", "\"You Never Can Tell\""), or a name.
/// </summary>
internal static class NameRunContext
{
    // Lower-case "a" is left out: it is also the preposition of "entregue a Fernanda Torres".
    private static readonly HashSet<string> DefiniteArticles =
        ["o", "os", "as", "no", "na", "nos", "nas", "do", "da", "dos", "das", "pelo", "pela", "pelos", "pelas", "ao", "aos", "num", "numa", "des", "du", "au", "aux"];
    private static readonly HashSet<string> CapitalisedArticles =
        ["o", "a", "os", "as", "no", "na", "nos", "nas", "do", "da", "dos", "das", "pelo", "pela", "ao", "aos", "the", "le", "les", "la", "el", "il", "au", "aux"];

    /// <summary>An article right before the run, or a capitalised article opening an undated title it runs on from.</summary>
    public static bool FollowsAnArticle(IReadOnlyList<Token> tokens, int start) =>
        (start > 0 && HasArticle(tokens[start - 1])) || InsideUndatedTitle(tokens, start);

    /// <summary>
    /// "a vaga ficou com O Ano em Que Meus Pais Saíram de Férias, de ...": capitalised words running on from a
    /// capitalised article in mid-sentence are an undated title.
    /// </summary>
    private static bool InsideUndatedTitle(IReadOnlyList<Token> tokens, int start)
    {
        var at = start - 1;
        while (at >= 0 && (tokens[at].IsNameToken || (tokens[at].IsLowercaseWord && Lexicon.TitleConnectors.Contains(tokens[at].Folded))) && !tokens[at].StartsSentence)
        {
            if (tokens[at].IsCapitalizedWord && Lexicon.TitleArticles.Contains(tokens[at].Folded) && at > 0 && tokens[at - 1].IsLowercaseWord)
            {
                return true;
            }

            at--;
        }

        return false;
    }

    private static bool IsQuoted(IReadOnlyList<Token> tokens, int at)
    {
        var (straight, curly) = (false, false);
        for (var i = 0; i < at; i++)
        {
            switch (tokens[i].Text)
            {
                case "\"":
                    straight = !straight;
                    break;
                case "“" or "«":
                    curly = true;
                    break;
                case "”" or "»":
                    curly = false;
                    break;
            }
        }

        return straight || curly;
    }

    /// <summary>
    /// "Capitão Trovão", "Guerra Fria", "Direção de Fotografia": names whose every word is an ordinary Portuguese word
    /// are heroes, events, places or categories, unless the first is a given name as well ("Glória Pires").
    /// </summary>
    public static bool IsMadeOfOrdinaryWords(IReadOnlyList<Token> tokens, NameRun run)
    {
        var names = tokens.Skip(run.First).Take(run.Last - run.First + 1).Where(t => t.IsCapitalizedWord).ToList();
        return run.WordCount >= 2
            && names.Count == run.WordCount
            && !GivenNames.Contains(names[0].Folded)
            && names.All(t => OrdinaryWords.Contains(t.Folded));
    }

    /// <summary>
    /// "o Rialto Theatre", "no Rotten Tomatoes", "foi lançado O Poderoso Chefão": an article before a name marks a
    /// place, thing or title.
    /// </summary>
    private static bool HasArticle(Token before) =>
        before.Kind == TokenKind.Word
        && (before.IsLowercaseWord ? DefiniteArticles : CapitalisedArticles).Contains(before.Folded);

    public static bool IsAwardCategory(Token first) => first.Folded is "melhor" or "melhores" or "pior" or "piores";

    public static bool IsPossibleName(IReadOnlyList<Token> tokens, NameRun run)
    {
        var words = tokens.Skip(run.First).Take(run.Last - run.First + 1).ToList();

        // "O produtor Walt Disney": a role noun before the name makes it a person's, whatever a studio is called.
        var namedAsPerson = run.Professions.Count > 0;
        if (!namedAsPerson && words.Any(t => Lexicon.NonPersonWords.Contains(t.Folded) || Lexicon.EnglishOrganisationWords.Contains(t.Folded)))
        {
            return false;
        }

        if (words.Count > 1 && (Lexicon.PlacePrefixes.Contains(words[0].Folded) || Lexicon.NonPersonHeads.Contains(words[0].Folded) || Lexicon.PlaceNames.Contains(run.Key)))
        {
            return false;
        }

        // "O título provisório era \"Night Shift Blues\"", "ao som de \"You Never Can Tell\"": a name inside a quotation is part of a title or a nickname.
        if (IsQuoted(tokens, run.First))
        {
            return false;
        }

        // "a franquia Homem Aranha", "a música When I Wake": a name right after a kind of work is its title.
        // "a empresa Cosmos Engenharia", "o navio Vento Sul": a name right after a kind of thing or place is its name.
        // "filmado em Ouro Fino", "nasceu em Vila Rica", "a cidade de Pedra Azul": a place after where it happened.
        string Before(int distance) => run.First - distance >= 0 ? tokens[run.First - distance].Folded : "";
        return !Lexicon.WorkNouns.Contains(Before(1)) && !Lexicon.ThingNouns.Contains(Before(1))
            && !(Before(1) is "de" or "do" or "da" && Lexicon.PlaceNouns.Contains(Before(2)))
            && !(Before(1) == "em" && Lexicon.LocationVerbs.Any(verb => Before(2).StartsWith(verb, StringComparison.Ordinal)))
            && !(Before(1) == "para" && Before(2) is "mudou-se" or "mudaram-se" or "viajou" or "viajaram")
            && !(Before(1) == "como" && Before(2).StartsWith("conhecid", StringComparison.Ordinal))
            && !IsDescribedAsAThingAfter(tokens, run);
    }

    /// <summary>"a Section Eight, empresa de Soderbergh", "Taperoá, cidade do sertão": an apposition naming a kind of thing or place.</summary>
    private static bool IsDescribedAsAThingAfter(IReadOnlyList<Token> tokens, NameRun run)
    {
        var next = run.Last + 1;
        if (next >= tokens.Count || !tokens[next].Is(","))
        {
            return false;
        }

        next++;
        if (next < tokens.Count && tokens[next].Folded is "a" or "o" or "uma" or "um")
        {
            next++;
        }

        return next < tokens.Count && tokens[next].IsLowercaseWord && (Lexicon.ThingNouns.Contains(tokens[next].Folded) || Lexicon.PlaceNouns.Contains(tokens[next].Folded));
    }
}
