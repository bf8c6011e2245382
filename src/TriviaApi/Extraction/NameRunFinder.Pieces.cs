using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// A raw run cut into the pieces that may be names: at words that never are ("Trata-se", "Fora"), and past a trade, an
/// office's portfolio or a work's capitalised name before the name. Apart because it reads each word of a run, where
/// the rest of the finder reads runs whole.
/// </summary>
internal static partial class NameRunFinder
{
    private static readonly HashSet<string> Clitics = ["se", "lhe", "lhes", "la", "lo", "las", "los", "me", "te", "nos"];
    private static readonly string[] ParticipleEndings = ["ado", "ada", "ido", "ida", "ados", "adas", "idos", "idas"];

    /// <summary>Splits a run at words that cannot be part of a name, and peels a leading capitalised role noun; adds each piece to <paramref name="pieces"/>.</summary>
    private static void AddPieces(IReadOnlyList<Token> tokens, int first, int last, List<(int Start, int End, List<string> Professions)> pieces)
    {
        var start = first;
        // Most pieces have no profession before them: their list is made when one is found, else the empty one shared.
        List<string>? professions = null;
        if (CapitalisedWorkOf(tokens, first, last) is var (de, author))
        {
            // "a Nona Sinfonia de Ludwig van Beethoven": the work's capitalised name is no one's; its author is.
            (start, professions) = (de + 1, [author]);
        }

        for (var i = start; i <= last + 1; i++)
        {
            // "Robert De Niro", "Guillermo Del Toro": a capitalised particle inside a name is still a particle.
            var innerParticle = i > start && i < last && Lexicon.NameParticles.Contains(tokens[i].Folded) && tokens[i + 1].IsNameToken;
            // "Dom Pedro I": the English "I" is a function word, but at the end of a name it is a regnal number.
            var regnalOne = i == last && i > start && tokens[i].Text == "I";
            // "Ariana Grande": a capitalised adjective after a given name ends the name.
            var familyAdjective = i == last && i > start && tokens[i].Folded == "grande" && GivenNames.Contains(tokens[i - 1].Folded);
            // "em São Bernardo do Campo": before a name, "São" is a saint or a place, not the verb.
            var saint = i < last && tokens[i].Text == "São" && tokens[i + 1].IsCapitalizedWord;
            // "cena com Uma Thurman": capitalised inside a sentence before a word no dictionary holds, "Uma" is her name.
            var givenUma = i == start && i + 1 == last && tokens[i].Text == "Uma" && !tokens[i].StartsSentence && !OrdinaryWords.Contains(tokens[i + 1].Folded);
            var separator = i > last || (!innerParticle && !regnalOne && !familyAdjective && !saint && !givenUma && !IsHonorific(tokens, i, last) && !IsStageNamesAdjective(tokens, i, start, last)
                    && IsNeverName(tokens[i]))
                || IsLeadingParticiple(tokens, i, start, last);
            // Not "Altavista Films": a capitalised word that only ends like an agent noun is a name. Not "interpreta o
            // Diretor Klapprath" either: in a role slot the capital makes a title of address, part of the character's name;
            // so it does in a cast pair's parentheses: "Jeff Goldblum (Deputado Vilmos Kovacs)".
            if (!separator && i == start && Lexicon.IsRoleNoun(tokens[i].Folded) && (!tokens[i].IsCapitalizedWord || OrdinaryWords.Contains(tokens[i].Folded))
                && !(i >= 2 && i < last && tokens[i - 1].IsLowercaseWord && tokens[i - 1].Folded is "o" or "a" && Lexicon.PlayedVerbs.Contains(tokens[i - 2].Folded))
                && !(i >= 2 && i < last && tokens[i].IsCapitalizedWord && tokens[i - 1].Is("(") && tokens[i - 2].IsNameToken))
            {
                // "Compositor Ennio Morricone" at the start of a sentence.
                (professions ??= []).Add(tokens[i].Text.ToLowerInvariant());
                start = i + 1;
                continue;
            }

            if (!separator && i == start && IsPortfolioOfAnOffice(tokens, first, i, last))
            {
                // "o ministro do Armamento Albert Speer": the office's portfolio is no one's name; the name after it is.
                start = i + 1;
                continue;
            }

            if (!separator)
            {
                continue;
            }

            // "a chamada Era dos Senhores da Guerra": after a word that is never a name, neither end is a particle.
            var end = i - 1;
            while (end >= start && tokens[end].IsLowercaseWord)
            {
                end--;
            }

            while (start < end && tokens[start].IsLowercaseWord)
            {
                start++;
            }

            if (end >= start && HasAWord(tokens, start, end))
            {
                pieces.Add((start, end, professions ?? NoProfessions));
            }

            professions = null;
            start = i + 1;
        }
    }

    private static readonly HashSet<string> Offices = Lexicon.Folded(
        "ministro", "ministra", "secretário", "secretária", "chefe", "comandante", "general", "delegado", "delegada",
        "prefeito", "prefeita", "governador", "governadora", "presidente", "reitor", "reitora", "embaixador",
        "embaixadora", "procurador", "procuradora", "juiz", "juíza", "diretor", "diretora");

    /// <summary>
    /// "ministro do Armamento Albert Speer", "a secretária de Cultura Ana Prado": after an office and "de", capitalised
    /// ordinary words up to a name are the office's portfolio.
    /// </summary>
    private static bool IsPortfolioOfAnOffice(IReadOnlyList<Token> tokens, int first, int at, int last)
    {
        if (first < 2 || !tokens[first - 1].IsLowercaseWord || tokens[first - 1].Folded is not ("de" or "do" or "da" or "dos" or "das")
            || !tokens[first - 2].IsLowercaseWord || !Offices.Contains(tokens[first - 2].Folded))
        {
            return false;
        }

        for (var i = first; i < last; i++)
        {
            var word = tokens[i];
            // "ministro das Relações Exteriores Yerzhan Kazykhanov": a given name, or a word no dictionary holds before
            // another capitalised one, opens the name.
            if (i > at && (GivenNames.Contains(word.Folded) || (word.IsCapitalizedWord && !OrdinaryWords.Contains(word.Folded) && tokens[i + 1].IsCapitalizedWord)))
            {
                return true;
            }

            if (!word.IsCapitalizedWord || !OrdinaryWords.Contains(word.Folded) || GivenNames.Contains(word.Folded))
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasAWord(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Nona Sinfonia de", "Concerto para Piano de": capitalised ordinary words naming a work, then "de" and its author.</summary>
    private static (int De, string Author)? CapitalisedWorkOf(IReadOnlyList<Token> tokens, int first, int last)
    {
        // Most runs hold no "de": their words are not looked up.
        if (!HasAnOfBefore(tokens, first, last))
        {
            return null;
        }

        string? author = null;
        for (var i = first; i < last; i++)
        {
            if (tokens[i].IsLowercaseWord && tokens[i].Folded is "de" or "do" or "da")
            {
                return author is not null && i > first && tokens[i + 1].IsNameToken ? (i, author) : null;
            }

            if (!tokens[i].IsCapitalizedWord || !OrdinaryWords.Contains(tokens[i].Folded) || GivenNames.Contains(tokens[i].Folded))
            {
                return null;
            }

            author ??= Lexicon.AuthorsOfWorks.GetValueOrDefault(tokens[i].Folded);
        }

        return null;
    }

    private static bool HasAnOfBefore(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var i = first; i < last; i++)
        {
            if (tokens[i].IsLowercaseWord && tokens[i].Folded is "de" or "do" or "da")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Seu Chico": mid-sentence and capitalised before a name, "seu" is the honorific, not the possessive.</summary>
    private static bool IsHonorific(IReadOnlyList<Token> tokens, int i, int last) =>
        i < last && tokens[i].Folded == "seu" && tokens[i].IsCapitalizedWord && !tokens[i].StartsSentence && tokens[i + 1].IsNameToken;

    /// <summary>
    /// "Grande Otelo integra o elenco", "o ator Grande Otelo": "Grande" opens a stage name where a trade before it or the
    /// cast after it says the name is someone's; elsewhere it opens an award or a title ("Grande Prêmio").
    /// </summary>
    private static bool IsStageNamesAdjective(IReadOnlyList<Token> tokens, int i, int start, int last) =>
        i == start && i < last && tokens[i].IsCapitalizedWord && tokens[i].Folded == "grande" && tokens[i + 1].IsNameToken
        && ((i >= 1 && tokens[i - 1].IsLowercaseWord && Lexicon.IsRoleNoun(tokens[i - 1].Folded)) || CastMembership.SaidAfter(tokens, last));

    /// <summary>"Nascida Frances Ethel Gumm, ...", "Criado Luiz Gonzaga": a participle opening a sentence before a given name is no name's.</summary>
    // The given name after it is asked first: every run opening a sentence comes here, and the endings are compared by culture, slowly.
    private static bool IsLeadingParticiple(IReadOnlyList<Token> tokens, int i, int start, int last) =>
        i == start && i < last && tokens[i].StartsSentence && tokens[i].IsCapitalizedWord && GivenNames.Contains(tokens[i + 1].Folded)
        && !GivenNames.Contains(tokens[i].Folded) && !FamilyNames.Contains(tokens[i].Folded) && ParticipleEndings.Any(tokens[i].Folded.EndsWith)
        && OrdinaryWords.Contains(tokens[i].Folded);

    private static readonly HashSet<string> LocativeOpeners = ["fora", "dentro", "perto", "longe", "atraves", "acima", "abaixo", "diante", "junto"];

    private static bool IsNeverName(Token token) =>
        token.IsCapitalizedWord
        && (Lexicon.IsFunctionWord(token)
            || IsVerbWithClitic(token)
            // "Fora do Uruguai, ...": an adverb of place opening the sentence.
            || (token.StartsSentence && LocativeOpeners.Contains(token.Folded))
            || (token.StartsSentence && token.Folded.EndsWith("mente", StringComparison.Ordinal)));

    /// <summary>"Trata-se", "Tornou-se", "incluí-la": verbs with an attached pronoun, never names.</summary>
    private static bool IsVerbWithClitic(Token token)
    {
        var hyphen = token.Folded.LastIndexOf('-');
        // The pronoun looked up as a span of the word, not cut from it.
        return hyphen > 0 && Clitics.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.Folded.AsSpan(hyphen + 1));
    }
}
