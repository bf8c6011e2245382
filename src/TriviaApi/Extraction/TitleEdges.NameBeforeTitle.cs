using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Where a title begins after a person's, an award's or a category's name read back into it: "Salles em Linha de
/// Passe (2008)", "o Oscar por Razão e Sensibilidade (1995)". Apart because it walks the prepositions back from the
/// year, asking of the words before each whether they name someone or something.
/// </summary>
internal static partial class TitleEdges
{
    private static readonly HashSet<string> AwardHeads = ["premio", "trofeu", "festival", "mostra", "copa", "taca"];
    private static readonly string[] AwardStems = ["premiad", "premio", "vencedor", "venceu", "ganhou", "levou", "lauread", "consagrad"];

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
