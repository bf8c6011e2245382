using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Whether a comma among the words before a year is the title's own, before its subtitle ("Aliens, o Resgate"), or
/// parts a credit, a list or a place from the title. Apart because it is asked on its own: the title read back from a
/// year and the years of a sentence ask it of every comma they meet.
/// </summary>
internal static partial class TitleEdges
{
    private static readonly HashSet<string> SubtitleArticles = ["o", "a", "os", "as", "um", "uma", "the"];
    private static readonly HashSet<string> WorksMadeFromWorks = ["refilmagem", "remake", "continuacao", "sequencia", "adaptacao", "versao", "parodia", "releitura"];
    private static readonly HashSet<string> PlacePrepositions = ["em", "no", "na", "nos", "nas", "de", "do", "da", "dos", "das"];

    /// <summary>
    /// "Aliens, o Resgate", "Freud, Além da Alma": a comma before a subtitle, told from a comma between listed titles
    /// by the article after it, or by a short title before it that no other comma precedes.
    /// </summary>
    public static bool IsSubtitleComma(IReadOnlyList<Token> tokens, int comma)
    {
        if (!tokens[comma].Is(",") || comma == 0 || comma + 2 >= tokens.Count || !tokens[comma - 1].IsNameToken)
        {
            return false;
        }

        if (IsQuestionWithAComma(tokens, comma))
        {
            return true;
        }

        if (ListedTitlesBeforeAYear.IsCommaOfAList(tokens, comma))
        {
            return false;
        }

        // "de Nelson Pereira dos Santos, Toda Nudez ...": a particle inside the name before the comma is part of it.
        var before = comma - 1;
        while (before >= 0 && !tokens[before].StartsSentence && (tokens[before].IsNameToken
            || (before >= 1 && tokens[before].IsLowercaseWord && Lexicon.NameParticles.Contains(tokens[before].Folded) && tokens[before - 1].IsNameToken && tokens[before + 1].IsNameToken)))
        {
            before--;
        }

        // "A Terra Treme (1948), de Luchino Visconti, Arroz Amargo (1949)", "dirigido por Luchino Visconti, Arroz
        // Amargo (1949)", "de Orson Welles, a Acossado (1960)": a credit before the comma, not a title; but after a
        // person's name, ", de" brings in the film ("Robert Donat, de Adeus, Mr. Chips (1939)"). Not "o Oscar
        // por Noivo Neurótico, Noiva Nervosa (1977)", nor ", por Pixote, a Lei do Mais Fraco (1981)": "por" credits only
        // after a participle.
        if (before >= 1 && tokens[before].IsLowercaseWord && tokens[before].Folded is "de" or "com" or "por"
            && ((tokens[before - 1].Is(",") && tokens[before].Folded != "por" && !(tokens[before].Folded == "de" && before >= 2 && tokens[before - 2].IsNameToken))
                || IsCreditParticiple(tokens[before - 1].Folded) || (tokens[before].Folded == "de" && NamesAWorkOf(tokens, before))))
        {
            return false;
        }

        // "com Robert Pattinson e Willem Dafoe, O Homem do Norte (2022)", "com Willem Dafoe, O Farol": names joined by
        // "e", or a cast after "com", then a capitalised article: the comma opens the next item, not a subtitle.
        if (before >= 1 && tokens[before].IsLowercaseWord && tokens[comma + 1].IsCapitalizedWord && Lexicon.TitleArticles.Contains(tokens[comma + 1].Folded)
            && (tokens[before].Folded == "com" || (tokens[before].Folded == "e" && tokens[before - 1].IsNameToken)))
        {
            return false;
        }

        // "E Aí, Meu Irmão, Cadê Você? (2000)": a question opening after the comma goes on to the title's question mark.
        if (OpensAQuestionToItsTitleEnd(tokens, comma + 1))
        {
            return true;
        }

        // "Pra Frente, Brasil (1982)": a country alone after the comma ends the title it belongs to.
        if (comma + 2 < tokens.Count && tokens[comma + 1].IsCapitalizedWord && Lexicon.Countries.Contains(tokens[comma + 1].Folded) && tokens[comma + 2].Is("("))
        {
            return true;
        }

        if (tokens[comma + 1].IsLowercaseWord && SubtitleArticles.Contains(tokens[comma + 1].Folded) && tokens[comma + 2].IsNameToken)
        {
            // "Flávio Bauraqui, o Tabu de Madame Satã (2002)": a person set off by the role he played in a film.
            var nameAt = before >= 0 && tokens[before].StartsSentence && tokens[before].IsNameToken ? before : before + 1;
            // Not after a preposition: "em Lúcio Flávio, o Passageiro da Agonia (1977)" is a title that opens with a name.
            var afterAPreposition = nameAt > 0 && tokens[nameAt - 1].IsLowercaseWord && (PrepositionsBeforeTitles.Contains(tokens[nameAt - 1].Folded) || tokens[nameAt - 1].Folded is "de" or "do" or "da");
            return !(comma - nameAt >= 2 && !afterAPreposition && GivenNames.Contains(tokens[nameAt].Folded) && RoleOfAFilmAfter(tokens, comma + 2));
        }

        // "Argentina, 1985 (2022)": a number alone after the comma ends a title of a word or two.
        if (tokens[comma + 1].Kind == TokenKind.Number && tokens[comma + 2].Is("(") && comma - 1 - before is 1 or 2 && before >= 0 && (tokens[before].IsLowercaseWord || tokens[before].StartsSentence))
        {
            return true;
        }

        // "Eu Te Amo, Eu Te Amo (1968)", "Corra, Lola, Corra (1998)": a title that says its first words again after a comma.
        if (RepeatsItsOpeningAcrossCommas(tokens, comma))
        {
            return true;
        }

        // "estão Paris, Texas (1984)": a word, a comma and a word before the year are one title where no list or place
        // comes before ("em Cannes, Parasita (2019)" is a place and a title); "em" after a name is where someone worked
        // ("com Wenders em Paris, Texas (1984)").
        if (comma - 1 - before == 1 && tokens[comma + 1].IsCapitalizedWord && tokens[comma + 2].Is("(") && before >= 0 && tokens[before].IsLowercaseWord
            && (!PlacePrepositions.Contains(tokens[before].Folded) || (tokens[before].Folded == "em" && before >= 1 && tokens[before - 1].IsNameToken)) && tokens[before].Folded != "e")
        {
            return true;
        }

        // "Rio, 40 Graus": a number may open the subtitle.
        if (!tokens[comma + 1].IsNameToken && !(tokens[comma + 1].Kind == TokenKind.Number && tokens[comma + 2].IsNameToken))
        {
            return false;
        }

        var (after, wordsAfter) = (comma + 1, 0);
        // "Adeus, Mr. Chips": the full stop of an abbreviation is inside the title.
        for (; after < tokens.Count && (tokens[after].IsNameToken || tokens[after].Kind == TokenKind.Number || (tokens[after].IsLowercaseWord && Lexicon.TitleConnectors.Contains(tokens[after].Folded))
            || (tokens[after].Is(".") && Tokenizer.Abbreviations.Contains(tokens[after - 1].Folded))); after++)
        {
            wordsAfter += tokens[after].IsNameToken || tokens[after].Kind == TokenKind.Number ? 1 : 0;
        }

        var wordsBefore = comma - 1 - before + (before >= 0 && tokens[before].StartsSentence && tokens[before].IsNameToken ? 1 : 0);
        // "em Touro Indomável, A Última Tentação de Cristo (1988) e Vivendo no Limite (1999)": a list goes on after the
        // dated title, so a comma before a capitalised article parts items ("Amor, Sublime Amor (1961) e ..." stays one).
        if (tokens[comma + 1].IsCapitalizedWord && Lexicon.TitleArticles.Contains(tokens[comma + 1].Folded) && after + 3 < tokens.Count && tokens[after].Is("(") && ClosingParenthesis(tokens, after) is var closing and > 0 && closing + 2 < tokens.Count
            && (tokens[closing + 1].Is(",") || tokens[closing + 1].Folded == "e") && tokens[closing + 2].IsCapitalizedWord)
        {
            return false;
        }

        // "Alien (1979), Blade Runner, Thelma & Louise (1991)": a comma after another item makes a list; a comma after
        // the sentence's own words ("fora de competição, Hiroshima, Meu Amor (1959)") does not.
        // "No Japão, Shin Godzilla (2016)": a place after the sentence's opening preposition is where, not a title.
        var placeOpening = before >= 0 && tokens[before].StartsSentence && PlacePrepositions.Contains(tokens[before].Folded.ToLowerInvariant());
        // "Viajo Porque Preciso, Volto Porque Te Amo (2009)", "Era uma Vez Eu, Verônica (2012)": a word of a clause in
        // capitals inside the words before the comma says they are a title's, which the comma does not end.
        if (!placeOpening && before >= 0 && tokens[before].IsLowercaseWord && tokens[before].Folded != "e" && wordsBefore <= 5 && SpeaksInCapitals(tokens, before + 2, comma))
        {
            return true;
        }

        return wordsBefore <= 2 && wordsAfter >= 2 && !placeOpening && !(before >= 1 && tokens[before].Is(",") && (tokens[before - 1].IsNameToken || tokens[before - 1].Is(")")));
    }

    /// <summary>A capitalised word of a clause ("Porque", "Eu", "Te", "Não") among the tokens from <paramref name="from"/> to before <paramref name="end"/>.</summary>
    private static bool SpeaksInCapitals(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var at = from; at < end; at++)
        {
            if (tokens[at].IsCapitalizedWord && ClauseWords.Contains(tokens[at].Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> ClauseWords = Lexicon.Folded("porque", "eu", "te", "me", "tu", "você", "nós", "não", "nunca", "sempre", "quando", "onde", "que", "se", "é", "era", "foi");

    private static int ClosingParenthesis(IReadOnlyList<Token> tokens, int opening)
    {
        for (var at = opening + 1; at < tokens.Count && at - opening <= 8; at++)
        {
            if (tokens[at].Is(")"))
            {
                return at;
            }
        }

        return 0;
    }

    /// <summary>"O filme seguinte de Fellini, A Doce Vida", "o último longa de Fellini, ...": "de" after a kind of work and a word or two credits its maker.</summary>
    private static bool NamesAWorkOf(IReadOnlyList<Token> tokens, int de)
    {
        for (var at = de - 1; at >= 0 && at >= de - 3 && tokens[at].IsLowercaseWord; at--)
        {
            // Not "uma refilmagem não autorizada de Yojimbo, o Guarda-Costas (1961)": what a work is made from is a work.
            if (WorksMadeFromWorks.Contains(tokens[at].Folded))
            {
                return false;
            }

            if (Lexicon.WorkNouns.Contains(tokens[at].Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"dirigido", "escrito", and with a partner "codirigido".</summary>
    private static bool IsCreditParticiple(string folded) =>
        Lexicon.ParticipleRoles.ContainsKey(folded) || (folded.StartsWith("co", StringComparison.Ordinal) && Lexicon.ParticipleRoles.ContainsKey(folded[2..]));
}
