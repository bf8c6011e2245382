using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>Where a title read back from its year begins: past a comma before its subtitle, after a name or award before it.</summary>
internal static class TitleEdges
{
    private static readonly HashSet<string> SubtitleArticles = ["o", "a", "os", "as", "um", "uma", "the"];
    private static readonly HashSet<string> PrepositionsBeforeTitles = ["em", "por", "pelo", "pela", "com", "para", "ate", "desde", "apos", "contra"];
    private static readonly HashSet<string> WorksMadeFromWorks = ["refilmagem", "remake", "continuacao", "sequencia", "adaptacao", "versao", "parodia", "releitura"];
    private static readonly HashSet<string> PlacePrepositions = ["em", "no", "na", "nos", "nas", "de", "do", "da", "dos", "das"];
    private static readonly HashSet<string> PartsOfACountry = ["ocidental", "oriental", "central", "meridional", "setentrional"];
    private static readonly HashSet<string> AwardHeads = ["premio", "trofeu", "festival", "mostra", "copa", "taca"];
    private static readonly string[] AwardStems = ["premiad", "premio", "vencedor", "venceu", "ganhou", "levou", "lauread", "consagrad"];
    private static readonly HashSet<string> QuestionWords = ["que", "quem", "onde", "quando", "qual", "quais", "como", "cade", "quanto", "quantos", "por"];
    public static readonly HashSet<string> AwardWords = ["oscar", "oscars", "globo", "emmy", "bafta", "grammy", "cesar", "kikito", "leao", "urso", "palma", "framboesa"];

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

    /// <summary>
    /// Whether the comma parts runs of names, two or three, that end right before a parenthesis and whose first and last
    /// say the same words.
    /// </summary>
    private static bool RepeatsItsOpeningAcrossCommas(IReadOnlyList<Token> tokens, int comma)
    {
        var first = comma;
        for (var runs = 0; runs < 2 && first >= 1 && tokens[first].Is(",") && tokens[first - 1].IsNameToken; runs++)
        {
            first = RunStart(tokens, first - 1) - 1;
        }

        var opening = first + 1;
        var last = comma;
        for (var runs = 0; runs < 2 && last + 1 < tokens.Count && tokens[last].Is(",") && tokens[last + 1].IsNameToken; runs++)
        {
            last = RunEnd(tokens, last + 1) + 1;
        }

        var closing = last - 1;
        if (last >= tokens.Count || !tokens[last].Is("(") || opening >= comma || (first >= 0 && !tokens[first].IsLowercaseWord))
        {
            return false;
        }

        var openingEnd = RunEnd(tokens, opening);
        var closingStart = RunStart(tokens, closing);
        if (openingEnd - opening != closing - closingStart || openingEnd >= closingStart)
        {
            return false;
        }

        for (var k = 0; k <= openingEnd - opening; k++)
        {
            if (!string.Equals(tokens[opening + k].Folded, tokens[closingStart + k].Folded, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static int RunStart(IReadOnlyList<Token> tokens, int at)
    {
        while (at >= 1 && tokens[at - 1].IsNameToken && !tokens[at].StartsSentence)
        {
            at--;
        }

        return at;
    }

    private static int RunEnd(IReadOnlyList<Token> tokens, int at)
    {
        while (at + 1 < tokens.Count && tokens[at + 1].IsNameToken)
        {
            at++;
        }

        return at;
    }

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

    private static bool OpensAQuestionToItsTitleEnd(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || !tokens[at].IsCapitalizedWord || !QuestionWords.Contains(tokens[at].Folded))
        {
            return false;
        }

        while (at < tokens.Count && tokens[at].IsNameToken)
        {
            at++;
        }

        return at + 1 < tokens.Count && tokens[at].Is("?") && tokens[at + 1].Is("(");
    }

    private static bool OpensAMainTitleBeforeItsColon(IReadOnlyList<Token> tokens, int preposition, int last)
    {
        var colon = preposition + 1;
        while (colon <= last && tokens[colon].IsNameToken)
        {
            colon++;
        }

        return colon > preposition + 1 && colon - preposition <= 3 && colon < last && tokens[colon].Is(":");
    }

    /// <summary>
    /// "O Que É Isso, Companheiro? (1997)": a title that asks, from its question word to its question mark; "Alô,
    /// Dolly! (1969)": one that exclaims, of a word or two before its comma.
    /// </summary>
    private static bool IsQuestionWithAComma(IReadOnlyList<Token> tokens, int comma)
    {
        if (ExclaimsAcrossCommas(tokens, comma))
        {
            return true;
        }

        var after = comma + 1;
        while (after < tokens.Count && tokens[after].IsNameToken)
        {
            after++;
        }

        if (after == comma + 1 || after + 1 >= tokens.Count || !tokens[after + 1].Is("("))
        {
            return false;
        }

        if (tokens[after].Is("!"))
        {
            var words = comma - 1;
            while (words >= 0 && tokens[words].IsNameToken && !tokens[words].StartsSentence)
            {
                words--;
            }

            return comma - 1 - words is 1 or 2 && words >= 0 && tokens[words].IsLowercaseWord;
        }

        if (!tokens[after].Is("?"))
        {
            return false;
        }

        for (var i = comma - 1; i >= Math.Max(0, comma - 5) && tokens[i].IsNameToken; i--)
        {
            if (QuestionWords.Contains(tokens[i].Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "em Olá, Olá, Carnaval! (1937)": short runs of a word or two parted by commas, after a word in lower case and
    /// up to an exclamation right before the year, are one title that calls out.
    /// </summary>
    private static bool ExclaimsAcrossCommas(IReadOnlyList<Token> tokens, int comma)
    {
        var (right, runs) = (comma, 0);
        while (right < tokens.Count && tokens[right].Is(",") && ShortRunAfter(tokens, right + 1) is var end and > 0)
        {
            (right, runs) = (end + 1, runs + 1);
        }

        if (right + 1 >= tokens.Count || !tokens[right].Is("!") || !tokens[right + 1].Is("(") || tokens[right - 1].Is(","))
        {
            return false;
        }

        var left = comma;
        while (left >= 0 && tokens[left].Is(",") && ShortRunBefore(tokens, left - 1) is var start and >= 0)
        {
            (left, runs) = (start - 1, runs + 1);
        }

        return left >= 0 && left < comma - 1 && tokens[left].IsLowercaseWord && runs is >= 2 and <= 4;
    }

    /// <summary>The last token of one or two name tokens opening at <paramref name="at"/>, or 0.</summary>
    private static int ShortRunAfter(IReadOnlyList<Token> tokens, int at)
    {
        var end = at;
        while (end < tokens.Count && end - at < 3 && tokens[end].IsNameToken && !tokens[end].StartsSentence)
        {
            end++;
        }

        return end > at && end - at <= 2 && end < tokens.Count && !tokens[end].IsNameToken ? end - 1 : 0;
    }

    /// <summary>The first token of one or two name tokens ending at <paramref name="at"/>, or -1.</summary>
    private static int ShortRunBefore(IReadOnlyList<Token> tokens, int at)
    {
        var start = at;
        while (start >= 0 && at - start < 3 && tokens[start].IsNameToken && !tokens[start].StartsSentence)
        {
            start--;
        }

        return start < at && at - start <= 2 && start >= 0 && !tokens[start].IsNameToken ? start + 1 : -1;
    }

    /// <summary>
    /// "dirigiu nos Estados Unidos Ironweed (1987)": a country after a preposition of place, read back into a title,
    /// is where it happened.
    /// </summary>
    public static int AfterAPlace(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first == 0 || !(tokens[first - 1].IsLowercaseWord && tokens[first - 1].Folded is "em" or "no" or "na" or "nos" or "nas"))
        {
            return first;
        }

        var place = Lexicon.Countries.Contains(tokens[first].Folded) ? 1
            : first + 1 <= last && tokens[first].Folded is "estados" or "reino" && tokens[first + 1].Folded is "unidos" or "unido" ? 2
            : 0;
        // "na Alemanha Ocidental em Die Trapp-Familie (1956)": a country's part is the place too, and "em" after it
        // opens the title.
        while (place > 0 && first + place <= last && tokens[first + place].IsCapitalizedWord && PartsOfACountry.Contains(tokens[first + place].Folded))
        {
            place++;
        }

        // "na Coreia do Sul Broker (2022)": a point of the compass after "do" is the country's too.
        if (place > 0 && first + place + 1 <= last && tokens[first + place].IsLowercaseWord && tokens[first + place].Folded is "do" or "da"
            && tokens[first + place + 1].IsCapitalizedWord && tokens[first + place + 1].Folded is "sul" or "norte")
        {
            place += 2;
        }

        // "rodou X (1970) na África e Y (1970)": "e" after the place joins the next item, the title.
        var after = first + place;
        return place > 0 && ((after <= last && tokens[after].IsNameToken) || (after < last && tokens[after].IsLowercaseWord && tokens[after].Folded is "em" or "e"))
            ? FilmTitleFinder.SkipToTitleStart(tokens, after, last)
            : first;
    }

    /// <summary>"de Melhor Filme" between <paramref name="first"/> and <paramref name="k"/>: a category, after "de", named in capitals.</summary>
    private static bool NamesACategoryBefore(IReadOnlyList<Token> tokens, int first, int k)
    {
        for (var at = Math.Max(first, 1); at < k; at++)
        {
            if (tokens[at].IsCapitalizedWord && tokens[at].Folded is "melhor" or "melhores" or "pior" or "piores" && tokens[at - 1].IsLowercaseWord && tokens[at - 1].Folded == "de")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"dirigido", "escrito", and with a partner "codirigido".</summary>
    private static bool IsCreditParticiple(string folded) =>
        Lexicon.ParticipleRoles.ContainsKey(folded) || (folded.StartsWith("co", StringComparison.Ordinal) && Lexicon.ParticipleRoles.ContainsKey(folded[2..]));

    /// <summary>"Salles em Linha de Passe (2008)", "Oscar por Razão e Sensibilidade (1995)": a name or award before a preposition is not part of the title.</summary>
    public static int AfterNameBeforeTitle(IReadOnlyList<Token> tokens, int first, int last)
    {
        // "seria a atriz Huma Rojo em Tudo Sobre Minha Mãe (1999)": after a profession, a name comes before the title.
        var professionBefore = first > 0 && tokens[first - 1].IsLowercaseWord && Lexicon.IsRoleNoun(tokens[first - 1].Folded);
        for (var k = last - 1; k > first; k--)
        {
            // "R2-D2 em Guerra nas Estrelas (1977)" aside, "Persona em 3 Mulheres (1977)", "HAL 9000 de 2001: Uma Odisseia no
            // Espaço (1968)": a name before "em" or "de" and a number that opens a title.
            if (tokens[k].IsLowercaseWord && tokens[k].Folded is "em" or "de" && k + 2 <= last && tokens[k + 1].Kind == TokenKind.Number
                && (tokens[k + 2].IsCapitalizedWord || tokens[k + 2].Is(":")) && tokens.Skip(first).Take(k - first).All(t => t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Initials && !t.IsLowercaseWord))
            {
                return k + 1;
            }

            if (IsRoleOfAFilm(tokens, first, k) || IsRoleAfterComo(tokens, first, k))
            {
                return FilmTitleFinder.SkipToTitleStart(tokens, k + 1, last);
            }

            // "os contos de Jorge Luis Borges e 007: A Serviço Secreto de Sua Majestade (1969)": an "e" after a person's
            // name joins a title that opens with a number or an article; "Romeu e Julieta" is one title.
            if (tokens[k].IsLowercaseWord && tokens[k].Folded == "e" && (tokens[k + 1].Kind == TokenKind.Number || (tokens[k + 1].IsCapitalizedWord && Lexicon.TitleArticles.Contains(tokens[k + 1].Folded)))
                && NamesAPersonOrAward(tokens.Skip(first).Take(k - first).ToList()) && tokens.Skip(first).Take(k - first).All(t => t.IsNameToken || Lexicon.NameParticles.Contains(t.Folded)))
            {
                return FilmTitleFinder.SkipToTitleStart(tokens, k + 1, last);
            }

            // "A ausência de WALL·E e de Batman: O Cavaleiro das Trevas (2008)": "e" and a preposition join two
            // complements; the title is the second.
            // The second may itself open with a name: "na série de TV e por Jack Nicholson em Batman (1989)".
            if (tokens[k].IsLowercaseWord && tokens[k].Folded == "e" && tokens[k + 1].IsLowercaseWord && tokens[k + 1].Folded is "de" or "do" or "da" or "em" or "com" or "por" && k + 2 <= last)
            {
                return AfterNameBeforeTitle(tokens, FilmTitleFinder.SkipToTitleStart(tokens, k + 2, last), last);
            }

            // "indicar ao Oscar O Sabor da Vida (2023)": an award, then a capitalised article opening the title.
            if (tokens[k].IsCapitalizedWord && tokens[k].Folded is "o" or "a" or "os" or "as" && !tokens[k].StartsSentence && AwardWords.Contains(tokens[k - 1].Folded))
            {
                return k;
            }

            // "deu o Grande Prêmio a Oldboy (2003)", "a Palma de Ouro a Fahrenheit 11 de Setembro (2004)": an award given to a film.
            if (tokens[k].IsLowercaseWord && tokens[k].Folded is "a" or "ao" && NamesAnAward(tokens.Skip(first).Take(k - first).ToList()))
            {
                return FilmTitleFinder.SkipToTitleStart(tokens, k + 1, last);
            }

            if (!(tokens[k].IsLowercaseWord && PrepositionsBeforeTitles.Contains(tokens[k].Folded)))
            {
                continue;
            }

            // "levou Sean Penn e Tim Robbins ao Oscar com Sobre Meninos e Lobos (2003)": an award right before the
            // preposition ends what came before the title; "ao Grande Prêmio do Cinema Brasileiro de Melhor Atriz por
            // Aquarius (2016)", "à Copa Volpi por Sinhá Moça (1953)": so does an award's name before "por".
            // "Perdeu o Oscar de Melhor Filme para Menina de Ouro (2004)": so does a category of an award.
            if ((tokens[k - 1].IsCapitalizedWord && AwardWords.Contains(tokens[k - 1].Folded))
                || (tokens[k].Folded == "por" && NamesAnAward(tokens.Skip(first).Take(k - first).ToList()))
                || NamesACategoryBefore(tokens, first, k))
            {
                return FilmTitleFinder.SkipToTitleStart(tokens, k + 1, last);
            }

            // "a trilogia do Homem-Morcego com Batman: O Cavaleiro das Trevas Ressurge (2012)": a main title of a few words
            // before its subtitle's colon starts after the preposition.
            // So does one after a company whose name holds a number ("a A24 em Midsommar: O Mal Não Espera a Noite (2019)").
            if ((professionBefore || OpensAMainTitleBeforeItsColon(tokens, k, last))
                && tokens.Skip(first).Take(k - first).All(t => t.IsNameToken || t.Kind == TokenKind.Number || Lexicon.NameParticles.Contains(t.Folded)))
            {
                return FilmTitleFinder.SkipToTitleStart(tokens, k + 1, last);
            }

            // "deu vida a Lampião em Baile Perfumado (1996)", "pelo papel de Tião em Lua Nova (2002)": a name in a role
            // slot is the character, not the title.
            if (first > 0 && (Lexicon.PlayedVerbs.Contains(tokens[first - 1].Folded)
                || (first > 1 && tokens[first - 1].Folded is "a" or "ao" && tokens[first - 2].Folded is "vida" or "voz")
                || (first > 1 && tokens[first - 1].Folded is "de" or "do" or "da" && tokens[first - 2].IsLowercaseWord && tokens[first - 2].Folded is "papel" or "personagem")))
            {
                return FilmTitleFinder.SkipToTitleStart(tokens, k + 1, last);
            }

            // "Bong em Mother: A Busca pela Verdade (2009)": the title may hold prepositions of its own, so look on to the left.
            // Titles hold "para" so often ("Shrek para Sempre", "Adivinhe Quem Vem para Jantar") that only a person's or
            // an award's name is cut before it.
            // "em King Kong contra Godzilla (1962)": a name against another is one title.
            var before = tokens.Skip(first).Take(k - first).ToList();
            if (SaysAVerbOfItsOwn(before))
            {
                continue;
            }

            if ((NamesSomeone(before) && tokens[k].Folded != "contra" && (tokens[k].Folded != "para" || NamesAPersonOrAward(before))) || IsPlaceOfAnAward(tokens, first, k)
                || (tokens[k].Folded == "em" && CreditedPersonEndsAt(tokens, first, k - 1)))
            {
                return FilmTitleFinder.SkipToTitleStart(tokens, k + 1, last);
            }
        }

        return first;
    }

    /// <summary>
    /// "Alien (1979), Blade Runner e Thelma &amp; Louise (1991)": in the last item of a list of films, an "e" before a
    /// capital joins two items, the first undated. Titles such as "Romeu e Julieta" hold one too, but a list of films
    /// ends with its own "e" before its last item, so a title read back from a comma after a dated film is split.
    /// </summary>
    public static int AfterTheJoinOfAList(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first < 2 || !tokens[first - 1].Is(",") || !tokens[first - 2].Is(")"))
        {
            return first;
        }

        var closing = last + 1;
        while (closing < tokens.Count && !tokens[closing].Is(")"))
        {
            closing++;
        }

        if (closing + 1 < tokens.Count && (tokens[closing + 1].Is(",") || tokens[closing + 1].Folded == "e"))
        {
            return first;
        }

        for (var k = first + 1; k < last; k++)
        {
            if (tokens[k].IsLowercaseWord && tokens[k].Folded == "e" && tokens[k + 1].IsCapitalizedWord)
            {
                return k + 1;
            }
        }

        return first;
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

    /// <summary>
    /// "próxima à de Glauber Rocha em Terra em Transe (1967)": a person's full name after "de", ending right before
    /// "em", closes what came before the title, however it began.
    /// </summary>
    private static bool CreditedPersonEndsAt(IReadOnlyList<Token> tokens, int first, int end)
    {
        var start = end;
        while (start > first && (tokens[start - 1].IsNameToken || (tokens[start - 1].IsLowercaseWord && Lexicon.NameParticles.Contains(tokens[start - 1].Folded) && start - 2 > first && tokens[start - 2].IsNameToken)))
        {
            start--;
        }

        return start > first && end > start && tokens[start - 1].IsLowercaseWord && tokens[start - 1].Folded is "de" or "por" or "com"
            && GivenNames.Contains(tokens[start].Folded) && NamesSomething(tokens.Skip(start).Take(end - start + 1).ToList());
    }

    /// <summary>"premiado em Brasília por Lavoura Arcaica (2001)": after an award's word, "em" and one name before "por" are where it was won.</summary>
    private static bool IsPlaceOfAnAward(IReadOnlyList<Token> tokens, int first, int preposition)
    {
        if (preposition != first + 1 || tokens[preposition].Folded != "por" || first < 2 || !(tokens[first - 1].IsLowercaseWord && tokens[first - 1].Folded is "em" or "no" or "na"))
        {
            return false;
        }

        for (var i = first - 2; i >= 0 && !tokens[i].Is("."); i--)
        {
            if (AwardStems.Any(stem => tokens[i].Folded.StartsWith(stem, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesAnAward(List<Token> before) =>
        before.Count > 0 && before[0].IsCapitalizedWord
        && (before.Any(t => AwardWords.Contains(t.Folded) || AwardHeads.Contains(t.Folded))
            || (before.Count >= 3 && before[^1].Folded is "ouro" or "prata" or "bronze" && before[^2].Folded == "de"));

    private static bool NamesAPersonOrAward(List<Token> before) =>
        GivenNames.Contains(before[0].Folded) || NameRunContext.IsAwardCategory(before[0]) || before.Any(t => AwardWords.Contains(t.Folded));

    /// <summary>
    /// "Sucedeu em Lisboa (1950)", "Marta Partiu para o Sul (2011)": a capitalised finite verb that is nobody's name
    /// makes the words before the preposition a clause of the title, not a name.
    /// </summary>
    private static bool SaysAVerbOfItsOwn(List<Token> before) =>
        before.Any(t => t.IsCapitalizedWord && t.Folded.Length > 2 && !GivenNames.Contains(t.Folded) && !FamilyNames.Contains(t.Folded) && FilmTitleFinder.IsAVerbForm(t.Folded));

    /// <summary>What <see cref="NamesSomething"/> says, or names joined by "e" that each say it ("Joan Crawford e Sterling Hayden em Johnny Guitar (1954)").</summary>
    private static bool NamesSomeone(List<Token> before)
    {
        var joint = before.FindIndex(t => t.IsLowercaseWord && t.Folded == "e");
        return NamesSomething(before)
            || (joint > 0 && joint < before.Count - 1 && before.Skip(joint + 1).All(t => t.IsNameToken)
                && before.Take(joint).All(t => t.IsNameToken) && NamesSomething(before.Take(joint).ToList()) && NamesSomething(before.Skip(joint + 1).ToList()));
    }

    /// <summary>A person ("Salles"), an award ("Oscar") or a category phrase ("Melhor Atriz no Festival de Cannes").</summary>
    private static bool NamesSomething(List<Token> before) =>
        (before[0].IsCapitalizedWord && (NameRunContext.IsAwardCategory(before[0]) || AwardHeads.Contains(before[0].Folded) || AwardWords.Contains(before[0].Folded)
            || (before.Count > 1 && Lexicon.CharacterTitles.Contains(before[0].Folded))))
        || (before[0].IsNameToken && !Lexicon.TitleArticles.Contains(before[0].Folded) && !Lexicon.NonPersonHeads.Contains(before[0].Folded)
            && before.All(t => t.IsNameToken || Lexicon.NameParticles.Contains(t.Folded))
            && (GivenNames.Contains(before[0].Folded) || before.Any(t => t.IsCapitalizedWord && (FamilyNames.Contains(t.Folded) || Lexicon.Countries.Contains(t.Folded)))
                || before.Any(t => AwardWords.Contains(t.Folded) || (t.IsCapitalizedWord && !Lexicon.IsFunctionWord(t) && !OrdinaryWords.Contains(t.Folded)))));
}
