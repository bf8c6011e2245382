using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// A character named before the title as a role of the film: "o Capitão Nascimento de Tropa de Elite", "como Gaz em
/// Ou Tudo ou Nada", "Flávio Bauraqui, o Tabu de Madame Satã". Apart because a role is told by the article, the title
/// of address or the "como" before it, which both the subtitle's comma and the name before a title ask about.
/// </summary>
internal static partial class TitleEdges
{
    /// <summary>"Tabu de Madame Satã": a name of a word or two, then "de" and what opens a title.</summary>
    private static bool RoleOfAFilmAfter(IReadOnlyList<Token> tokens, int name)
    {
        var de = name;
        while (de < tokens.Count && de - name < 3 && tokens[de].IsNameToken)
        {
            de++;
        }

        return de > name && de + 1 < tokens.Count && tokens[de].IsLowercaseWord && tokens[de].Folded is "de" or "do" or "da"
            && (tokens[de + 1].IsNameToken || tokens[de + 1].Kind == TokenKind.Number);
    }

    /// <summary>
    /// "R. Lee Ermey, o Sargento Hartman de Nascido para Matar (1987)": after an article, a name and "de" are a role
    /// of the film. Not "Drácula de Bram Stoker (1992)", a title that opens with a name.
    /// </summary>
    private static bool IsRoleOfAFilm(IReadOnlyList<Token> tokens, int first, int de)
    {
        if (!(tokens[de].IsLowercaseWord && tokens[de].Folded == "de"))
        {
            return false;
        }

        // "o aborteiro Sr. Bebe de ...": the full stop of a title of address is inside the name.
        var name = de - 1;
        while (name > first && (tokens[name - 1].IsNameToken || (tokens[name - 1].Is(".") && name >= 2 && Tokenizer.Abbreviations.Contains(tokens[name - 2].Folded))))
        {
            name--;
        }

        // "como o Capitão Nascimento de Tropa de Elite (2007)": a title of address makes a role of ordinary words, even
        // where the article was read back into the title.
        // So does a description after the article ("como o sargento Roger Murtaugh de Máquina Mortífera (1987)").
        // "o chinês O Casamento de Tuya (2006)": a capitalised article opens the title, not a role.
        if (tokens[name].IsCapitalizedWord && Lexicon.TitleArticles.Contains(tokens[name].Folded))
        {
            return false;
        }

        var addressed = de - name >= 2 && Lexicon.CharacterTitles.Contains(tokens[name].Folded);
        var described = name >= 2 && tokens[name - 1].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[name - 1])
            && tokens[name - 2].IsLowercaseWord && Lexicon.TitleArticles.Contains(tokens[name - 2].Folded);
        // "o salva-vidas Roberval de Aquarius (2016)": described by what the role is, not by a kind of work ("o clássico
        // Morte de um Caixeiro Viajante") nor by a verb after "a" ("ajudou a lançar Gosto de Sangue"), a name of
        // ordinary words is the role's too.
        var describedAsSomeone = described && !Lexicon.WorkNouns.Contains(tokens[name - 1].Folded) && !IsInfinitive(tokens[name - 1].Folded) && name == first && de - name <= 2;
        // "Flávio Bauraqui, o Tabu de Madame Satã (2002)": set off after a name, an article and a name of ordinary words.
        var setOffAfterAName = name == first && name >= 3 && tokens[name - 1].IsLowercaseWord && tokens[name - 1].Folded is "o" or "a"
            && tokens[name - 2].Is(",") && tokens[name - 3].IsNameToken && de - name <= 2;
        var articleAt = described ? name - 2 : name - 1;
        return (name > first || setOffAfterAName || ((addressed || described) && name >= 1)) && name < de && tokens[articleAt].IsLowercaseWord && Lexicon.TitleArticles.Contains(tokens[articleAt].Folded)
            && (addressed || describedAsSomeone || setOffAfterAName || tokens.Skip(name).Take(de - name).Any(t => t.IsCapitalizedWord && !OrdinaryWords.Contains(t.Folded)));
    }

    private static bool IsInfinitive(string folded) =>
        folded.Length > 3 && (folded.EndsWith("ar", StringComparison.Ordinal) || folded.EndsWith("er", StringComparison.Ordinal) || folded.EndsWith("ir", StringComparison.Ordinal));

    /// <summary>
    /// "como Gaz em Ou Tudo ou Nada (1997)", "como o Coringa de Batman (1989)": after "como", a name of a word or two and
    /// "em" or "de" are a role of the film; "de" only after an article, which titles after "como" seldom take ("brilhou
    /// como Rainha de Copas (1990)"). Not after a plural or a kind of work ("filmes como Morte em Veneza (1971)"). So
    /// after a verb of playing or "sido": "tinha sido Short Round em Indiana Jones ... (1984)".
    /// </summary>
    private static bool IsRoleAfterComo(IReadOnlyList<Token> tokens, int first, int preposition)
    {
        var article = first >= 2 && tokens[first - 1].IsLowercaseWord && tokens[first - 1].Folded is "o" or "a";
        var como = first - 1 - (article ? 1 : 0);
        return (tokens[preposition].Folded == "em" || (tokens[preposition].Folded == "de" && article)) && preposition - first is 1 or 2
            && como >= 1 && tokens.Skip(first).Take(preposition - first).All(t => t.IsNameToken)
            && ((tokens[como].Folded == "como" && !Lexicon.WorkNouns.Contains(tokens[como - 1].Folded) && !CharacterCueReader.GivesExamples(tokens, como))
                || tokens[como].Folded == "sido" || Lexicon.PlayedVerbs.Contains(tokens[como].Folded));
    }
}
