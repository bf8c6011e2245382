using System.Runtime.InteropServices;
using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// What the words in and around a run of capitalised words say it is: an institution, place, title or category
/// rather than a name ("o Rialto Theatre", "Guerra Fria", "\"You Never Can Tell\""), or a name.
/// </summary>
internal static class NameRunContext
{
    private static readonly HashSet<string> EnglishDeterminers = ["this", "that", "these", "those", "my", "your", "our", "their", "its"];
    private static readonly HashSet<string> Pronouns = ["eu", "tu", "ele", "ela", "nos", "eles", "elas", "voce", "voces"];
    // Negations and adverbs no personal name holds: "Alice Não Mora Mais Aqui" is a title.
    private static readonly HashSet<string> WordsOfAClause = ["nao", "mais", "aqui", "nunca", "sempre", "tambem", "ainda", "ja", "quando", "onde", "porque", "que", "quem", "nem"];

    // Lower-case "a" is left out: it is also the preposition of "entregue a Fernanda Torres". "uma Maserati Quattroporte".
    private static readonly HashSet<string> DefiniteArticles =
        ["o", "os", "as", "no", "na", "nos", "nas", "do", "da", "dos", "das", "pelo", "pela", "pelos", "pelas", "ao", "aos", "num", "numa", "des", "du", "au", "aux", "um", "uma"];
    // "a trilogia de Guerra nas Sombras": what a series is of is its title. Not "filme de": that is its director.
    private static readonly HashSet<string> SeriesNouns = ["trilogia", "trilogias", "franquia", "saga", "universo"];

    // After these, "a" can only be the article: "com a Filmes do Sul".
    private static readonly HashSet<string> PrepositionsBeforeAnArticle = ["com", "para", "contra", "sobre", "sob", "entre", "até", "ate"];
    private static readonly HashSet<string> CapitalisedArticles =
        ["o", "a", "os", "as", "no", "na", "nos", "nas", "do", "da", "dos", "das", "pelo", "pela", "ao", "aos", "the", "le", "les", "la", "el", "il", "au", "aux"];

    /// <summary>An article right before the run, or a capitalised article opening an undated title it runs on from.</summary>
    public static bool FollowsAnArticle(IReadOnlyList<Token> tokens, int start) =>
        (start > 0 && HasArticle(tokens, start - 1)) || InsideUndatedTitle(tokens, start);

    /// <summary>
    /// "a vaga ficou com O Ano em Que Meus Pais Saíram de Férias, de ...": capitalised words running on from a
    /// capitalised article in mid-sentence are an undated title.
    /// </summary>
    private static bool InsideUndatedTitle(IReadOnlyList<Token> tokens, int start)
    {
        var at = start - 1;
        while (at >= 0 && (tokens[at].IsNameToken || (tokens[at].IsLowercaseWord && Lexicon.TitleConnectors.Contains(tokens[at].Folded))) && !tokens[at].StartsSentence)
        {
            // "perdeu para JFK: A Pergunta que Não Quer Calar": after a subtitle's colon too.
            if (tokens[at].IsCapitalizedWord && Lexicon.TitleArticles.Contains(tokens[at].Folded) && at > 0 && (tokens[at - 1].IsLowercaseWord || (tokens[at - 1].Is(":") && !tokens[at].StartsSentence)))
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
            // Quotation marks are punctuation: a word is not compared with them.
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                continue;
            }

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
    /// "Capitão Trovão", "Guerra Fria", "Direção de Fotografia", "Black Mirror": names whose every word is an ordinary
    /// Portuguese or English word are heroes, events, places, categories, bands or series, unless the first is a given
    /// name as well ("Glória Pires", "Holly Hunter") or the last a family name ("Dias Gomes").
    /// </summary>
    public static bool IsMadeOfOrdinaryWords(IReadOnlyList<Token> tokens, NameRun run)
    {
        if (run.WordCount < 2)
        {
            return false;
        }

        // Asked of every name run: loops over the run's capitalised words where they are, not a list of them.
        var (count, first, last) = (0, -1, -1);
        for (var i = run.First; i <= run.Last; i++)
        {
            if (tokens[i].IsCapitalizedWord)
            {
                (count, first, last) = (count + 1, first < 0 ? i : first, i);
            }
        }

        return count == run.WordCount
            && !GivenNames.Contains(tokens[first].Folded)
            && !FamilyNames.Contains(tokens[last].Folded)
            && AllOrdinaryOrEnglish(tokens, run);
    }

    /// <summary>
    /// "o Rialto Theatre", "no Rotten Tomatoes", "foi lançado O Poderoso Chefão": an article before a name marks a
    /// place, thing or title.
    /// </summary>
    private static bool HasArticle(IReadOnlyList<Token> tokens, int at) =>
        tokens[at].Kind == TokenKind.Word
        && ((tokens[at].IsLowercaseWord ? DefiniteArticles : CapitalisedArticles).Contains(tokens[at].Folded)
            || (tokens[at].Folded == "a" && at > 0 && (PrepositionsBeforeAnArticle.Contains(tokens[at - 1].Folded) || tokens[at - 1].Is(",")))
            // "uma visita à Tate Britain": "à" holds the article.
            || tokens[at].Text is "à" or "À");

    /// <summary>"inspirado em", "baseada em", "em homenagem a": the name after is a real person a character was modelled on or named after.</summary>
    public static bool FollowsInspiredBy(IReadOnlyList<Token> tokens, int at) =>
        at >= 2 && ((tokens[at - 1].Folded == "em" && Lexicon.StartsWithAny(tokens[at - 2].Folded, InspiredBy))
            || (tokens[at - 1].Folded is "a" or "ao" && tokens[at - 2].Folded == "homenagem"));

    /// <summary>"filmado em Ouro Fino", "As filmagens ocorreram na Sicília, sobretudo em Palazzo Adriano": "em" after words of where.</summary>
    private static bool LocationWordShortlyBefore(IReadOnlyList<Token> tokens, int em)
    {
        for (var i = em - 1; i >= Math.Max(0, em - 8) && !tokens[i].Is(".") && !tokens[i].Is(";"); i--)
        {
            if (Lexicon.StartsWithAny(tokens[i].Folded, Lexicon.LocationVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"East New York, no Brooklyn", "Martha's Vineyard, no estado de Massachusetts": where a name lies makes it a place.</summary>
    private static bool IsPlaceByApposition(IReadOnlyList<Token> tokens, NameRun run)
    {
        var at = run.Last + 1;
        if (at + 2 >= tokens.Count || GivenNames.Contains(tokens[run.First].Folded) || !tokens[at].Is(",") || !(tokens[at + 1].IsLowercaseWord && tokens[at + 1].Folded is "no" or "na"))
        {
            return false;
        }

        var next = tokens[at + 2];
        return next.IsLowercaseWord ? Lexicon.PlaceNouns.Contains(next.Folded) : next.IsCapitalizedWord && !OrdinaryWords.Contains(next.Folded);
    }

    /// <summary>"Narradores de Javé", "Cidadãos do Mundo": a plural common noun before "de" opens no one's name.</summary>
    private static bool StartsWithAPluralNoun(IReadOnlyList<Token> tokens, NameRun run)
    {
        var first = tokens[run.First];
        return run.WordCount >= 2 && first.IsCapitalizedWord && first.Folded.Length > 4 && first.Folded.EndsWith('s')
            && run.First + 1 < tokens.Count && Lexicon.NameParticles.Contains(tokens[run.First + 1].Folded)
            && !GivenNames.Contains(first.Folded) && !FamilyNames.Contains(first.Folded) && OrdinaryWords.Contains(first.Folded);
    }

    public static bool IsAwardCategory(Token first) => first.Folded is "melhor" or "melhores" or "pior" or "piores" or "revelacao";

    /// <summary>"Oscar Isaac", "Oscar Niemeyer": the award's name is a given name before a word no dictionary holds.</summary>
    private static bool IsGivenNameOscar(ReadOnlySpan<Token> words, int i) =>
        i == 0 && (words.Length == 2 || (words.Length == 3 && NameRunFinder.IsRomanNumeral(words[2]))) && words[0].Folded == "oscar" && words[1].IsCapitalizedWord && !OrdinaryWords.Contains(words[1].Folded)
        && !Lexicon.NonPersonWords.Contains(words[1].Folded) && !TitleEdges.AwardWords.Contains(words[1].Folded);

    /// <summary>"Maria de Jesus", "Maria da Penha": after a given name and a particle, a word of faith or place is part of the name.</summary>
    private static bool IsAfterAGivenNamesParticle(ReadOnlySpan<Token> words, int i) =>
        i >= 2 && words[i - 1].IsLowercaseWord && Lexicon.NameParticles.Contains(words[i - 1].Folded) && GivenNames.Contains(words[0].Folded);

    private static bool IsCountryInAName(ReadOnlySpan<Token> words, int i) =>
        Lexicon.Countries.Contains(words[i].Folded) && (!Lexicon.IsCountryAsWritten(words[i]) || (i > 0 && i == words.Length - 1 && GivenNames.Contains(words[0].Folded)));

    /// <summary>
    /// "Central Park", "Sunset Road": an English word for a place ends a place's name. Not a name's first word, nor one
    /// after a given name or a title ("Ashley Park", "Detetive Park Doo-man"), where it is a family name.
    /// </summary>
    private static bool IsPlaceTail(ReadOnlySpan<Token> words, int i, bool givenName) =>
        i == words.Length - 1 && i > 0 && !givenName && !Lexicon.CharacterTitles.Contains(words[0].Folded) && Lexicon.PlaceTails.Contains(words[i].Folded);

    private static readonly string[] InspiredBy = ["inspirad", "basead", "moldad", "calcad"];

    private static bool IsAwardByItsMetal(ReadOnlySpan<Token> words)
    {
        for (var i = 2; i < words.Length; i++)
        {
            if (words[i].Folded is "ouro" or "prata" or "bronze" or "cristal" && words[i - 1].Folded == "de")
            {
                return true;
            }
        }

        return false;
    }

    private static bool PlaysNext(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 2 < tokens.Count && tokens[run.Last + 1].IsLowercaseWord
        && (Lexicon.PlayedVerbs.Contains(tokens[run.Last + 1].Folded) || Lexicon.PlayedVerbsAfterAnActor.Contains(tokens[run.Last + 1].Folded))
        && tokens[run.Last + 2].IsCapitalizedWord;

    public static bool IsPossibleName(IReadOnlyList<Token> tokens, NameRun run)
    {
        // Asked of every name run: the run's words read where they are, and loops over them, not LINQ with a closure.
        var words = WordsOf(tokens, run);

        // "Sally Field", "Hanna Hall", "Ashley Park": after a given name, English words for places are surnames.
        var givenName = GivenNames.Contains(words[0].Folded);
        // "O produtor Walt Disney": a role noun before the name makes it a person's, whatever a studio is called; so
        // does a verb of playing after a given name and more ("Óscar Casas faz Tomás").
        var namedAsPerson = run.Professions.Count > 0 || (givenName && words.Length >= 2 && PlaysNext(tokens, run));
        if ((!namedAsPerson && HasANonPersonWord(words, givenName)) || HasAnEnsembleWord(words))
        {
            return false;
        }

        // "This American Life", "Our Town": an English determiner opens the name of a work or a thing, never a person's,
        // and an English possessive is in one ("Carl's Date");
        // so does a capitalised pronoun inside a sentence ("filmaram Eu Receberia as Piores Notícias").
        if (words.Length > 1 && (Lexicon.PlacePrefixes.Contains(words[0].Folded) || Lexicon.NonPersonHeads.Contains(words[0].Folded) || Lexicon.PlaceNames.Contains(run.Key)
            || EnglishDeterminers.Contains(words[0].Folded) || (Pronouns.Contains(words[0].Folded) && !words[0].StartsSentence)
            || HasAWordOfAClauseAfterTheFirst(words) || HasAnEnglishPossessive(words)))
        {
            return false;
        }

        // "a Lola de Ouro", "o Urso de Prata", "a Palma de Ouro de Cannes": an award by its metal; "Monstros S.A.": a
        // company by its kind; "Super Panavision 70", "Apollo 13": a name a number goes on is a thing's.
        if (IsAwardByItsMetal(words)
            || (words.Length >= 2 && words[^1].Text is "S.A." or "S/A" or "Ltda" or "Ltda.")
            || (!namedAsPerson && run.Last + 1 < tokens.Count && tokens[run.Last + 1].Kind == TokenKind.Number))
        {
            return false;
        }

        // "O título provisório era \"Night Shift Blues\"", "ao som de \"You Never Can Tell\"": a name inside a quotation is part of a title or a nickname.
        if (IsQuoted(tokens, run.First))
        {
            return false;
        }

        // "a franquia Homem Aranha", "a música When I Wake": a name right after a kind of work is its title.
        // "Academy of Science Fiction": an English name goes on past "of" and "and".
        // "a empresa Cosmos Engenharia", "o navio Vento Sul": a name right after a kind of thing or place is its name.
        // "filmado em Ouro Fino", "nasceu em Vila Rica", "a cidade de Pedra Azul", "o prefeito de Santa Luzia": a place after where it happened or whose it is.
        string Before(int distance) => run.First - distance >= 0 ? tokens[run.First - distance].Folded : "";
        // "a plataforma chinesa Tencent Video": an adjective may stand between the kind and the name.
        var kindAt = run.First >= 2 && tokens[run.First - 1].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[run.First - 1]) ? 2 : 1;
        // "o supervisor de animação Andreas Deja": a kind of work after "de" qualifies the noun before it.
        // "o time de basquete Utah Jazz", "o programa de rádio This American Life": the kind may be qualified by "de" and a word.
        var qualifiedKind = kindAt == 2 && Before(2) == "de" && Lexicon.ThingNouns.Contains(Before(3));
        // "a produtora Lynda Obst": a word for a company that is also a profession names a person before a given name,
        // or before a full name of words that are no ordinary words.
        // "a editora Tokuma Shoten": a word more often a company's than a woman's trade needs the given name itself.
        var professionBeforeAGivenName = Lexicon.IsRoleNoun(Before(1))
            && (GivenNames.Contains(tokens[run.First].Folded) || (run.WordCount >= 2 && Before(1) is not ("editora" or "distribuidora" or "gravadora")
                && !HasACapitalisedOrdinaryWord(words)));
        // "Completam o grupo Yoshio Inaba (Gorobei Katayama)": a name paired with another in parentheses is a cast member's.
        var castPair = run.Last + 2 < tokens.Count && tokens[run.Last + 1].Is("(") && tokens[run.Last + 2].IsNameToken;
        return !(Lexicon.WorkNouns.Contains(Before(1)) && Before(2) != "de") && !(Lexicon.IsThingNoun(Before(1)) && !professionBeforeAGivenName && !castPair)
            && !IsTitleByItsLabel(tokens, run.First) && !IsWorkByItsAuthorAfter(tokens, run)
            && !IsAShopsName(tokens, run.First) && !(kindAt == 2 && (Lexicon.ThingNouns.Contains(Before(2)) || (Lexicon.WorkNouns.Contains(Before(2)) && Before(3) != "de" && NameRunFinder.IsNationality(tokens[run.First - 1])))) && !qualifiedKind
            && !(Before(1) is "de" or "do" or "da" && (Lexicon.PlaceNouns.Contains(Before(2)) || Lexicon.PeopleAndOutskirtsOfPlaces.Contains(Before(2)) || (Lexicon.PlaceNouns.Contains(Before(3)) && IsAdjectiveOfAPlace(tokens[run.First - 2]))))
            && !(Before(1) == "em" && LocationWordShortlyBefore(tokens, run.First - 1))
            && !IsPlaceByApposition(tokens, run)
            && !ThingNamedBySeChama.IsAThingsName(tokens, run)
            && !(Before(1) is "of" or "and" or "&" && run.First >= 2 && tokens[run.First - 2].IsCapitalizedWord)
            && !(Before(1) == "the" && Before(2) == "of")
            && !StartsWithAPluralNoun(tokens, run)
            && !(Before(1) == "para" && Before(2) is "mudou-se" or "mudaram-se" or "viajou" or "viajaram")
            && !(Before(1) == "como" && Before(2).StartsWith("conhecid", StringComparison.Ordinal))
            && !(Before(1) == "como" && WorkNounShortlyBefore(tokens, run.First - 1))
            && !IsListedAsAnExampleOfPlaces(tokens, run.First)
            && !(Before(1) is "de" or "do" or "da" && SeriesNouns.Contains(Before(2)))
            && !IsTitleBeforeItsSubtitle(tokens, run)
            && !IsDescribedAsAThingAfter(tokens, run)
            && !IsAWorkAfterItsNumber(tokens, run)
            && !IsDatedAsAWork(tokens, run)
            && !IsListedUnderALabelOfWorks(tokens, run)
            && !(run.Last + 3 < tokens.Count && tokens[run.Last + 1].Folded == "and" && tokens[run.Last + 2].Folded == "the" && tokens[run.Last + 3].IsCapitalizedWord);
    }

    /// <summary>The run's tokens: a span of the fact's list, not a copy of them for each run.</summary>
    private static ReadOnlySpan<Token> WordsOf(IReadOnlyList<Token> tokens, NameRun run)
    {
        var count = Math.Min(run.Last, tokens.Count - 1) - run.First + 1;
        if (tokens is List<Token> list)
        {
            return CollectionsMarshal.AsSpan(list).Slice(run.First, count);
        }

        var words = new Token[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = tokens[run.First + i];
        }

        return words;
    }

    private static bool HasAWordOfAClauseAfterTheFirst(ReadOnlySpan<Token> words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].IsCapitalizedWord && WordsOfAClause.Contains(words[i].Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAnEnglishPossessive(ReadOnlySpan<Token> words)
    {
        foreach (var word in words)
        {
            if (word.Kind == TokenKind.Word && (word.Text.EndsWith("'s", StringComparison.Ordinal) || word.Text.EndsWith("’s", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasACapitalisedOrdinaryWord(ReadOnlySpan<Token> words)
    {
        foreach (var word in words)
        {
            if (word.IsCapitalizedWord && OrdinaryWords.Contains(word.Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllOrdinaryOrEnglish(IReadOnlyList<Token> tokens, NameRun run)
    {
        for (var i = run.First; i <= run.Last; i++)
        {
            if (tokens[i].IsCapitalizedWord && !OrdinaryWords.Contains(tokens[i].Folded) && !EnglishWords.Contains(tokens[i].Folded))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Trilha sonora: Orquesta del Sur": no trade before an ensemble makes it someone. Not a lower-case word ("a banda").</summary>
    private static bool HasAnEnsembleWord(ReadOnlySpan<Token> words)
    {
        foreach (var word in words)
        {
            if (word.IsCapitalizedWord && Lexicon.EnsembleWords.Contains(word.Folded))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasANonPersonWord(ReadOnlySpan<Token> words, bool givenName)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var t = words[i];
            if ((Lexicon.NonPersonWords.Contains(t.Folded) && !IsGivenNameOscar(words, i) && !IsCountryInAName(words, i) && !IsAfterAGivenNamesParticle(words, i))
                || ((!givenName || Lexicon.EnglishOrganisationHeads.Contains(t.Folded)) && Lexicon.EnglishOrganisationWords.Contains(t.Folded)) || IsPlaceTail(words, i, givenName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a cidade termal de", "a vila operária de": one lowercase word, no function word or trade, between a place and "de".</summary>
    /// <summary>"a cidade mineira de Cataguases"; not "a cidade natal de Caetano Veloso", whose place it is.</summary>
    private static bool IsAdjectiveOfAPlace(Token token) =>
        token.IsLowercaseWord && !Lexicon.IsFunctionWord(token) && !Lexicon.IsRoleNoun(token.Folded) && !OfSomeone.Contains(token.Folded);

    private static readonly HashSet<string> OfSomeone = Lexicon.Folded("natal", "adotiva", "adotivo", "preferida", "preferido", "favorita", "favorito");

    /// <summary>"a série 77 Sunset Strip": a name after a kind of work and a number opening its title.</summary>
    private static bool IsAWorkAfterItsNumber(IReadOnlyList<Token> tokens, NameRun run) =>
        run.First >= 2 && tokens[run.First - 1].Kind == TokenKind.Number && Lexicon.WorkNouns.Contains(tokens[run.First - 2].Folded);

    /// <summary>Plural kinds of work or company a label may list: "Outras canções no filme: ...", "Estúdios: ...".</summary>
    private static readonly HashSet<string> ListedWorks = Lexicon.Folded(
        "canções", "músicas", "faixas", "temas", "sucessos", "livros", "séries", "peças", "discos", "álbuns", "singles", "estúdios", "distribuidoras", "empresas", "companhias");

    /// <summary>
    /// "Outras canções no filme: Tiny Dancer, Honky Cat e Rocket Man": an item of the list after a label of works is a
    /// work, unless a given name opens it. A list only: "Canções: Elton John compôs ..." names its composer in a sentence.
    /// </summary>
    private static bool IsListedUnderALabelOfWorks(IReadOnlyList<Token> tokens, NameRun run)
    {
        // The label's kind of work makes its first name the author's ("Canções: Ana Prado, ..."): a list of people's names
        // open with given names, and the songs' do not.
        // A fact's label opens it (Tokenizer): a fact whose first token is in none has none.
        if (run.First < 2 || !tokens[0].InLabel || GivenNames.Contains(tokens[run.First].Folded) || !(tokens[run.First - 1].Is(":") || tokens[run.First - 1].Is(",") || tokens[run.First - 1].Folded == "e"))
        {
            return false;
        }

        var (labelled, joints, sentence) = (false, 0, false);
        foreach (var token in tokens)
        {
            labelled |= token.InLabel && ListedWorks.Contains(token.Folded.ToLowerInvariant());
            // Three items at least: "A, B e C".
            joints += token.Is(",") || (token.IsLowercaseWord && token.Folded == "e") ? 1 : 0;
            // A lower-case word other than a title's small words or an aside makes the line a sentence.
            sentence |= !token.InLabel && token.IsLowercaseWord && !Lexicon.TitleConnectors.Contains(token.Folded) && !ListAsides.Contains(token.Folded);
        }

        return labelled && joints >= 2 && !sentence;
    }

    private static readonly HashSet<string> ListAsides = Lexicon.Folded("claro", "também", "ainda", "além", "etc");

    /// <summary>
    /// "em Furacão Elis, de 1985": a name dated by "de" and a year is a work's; a person's years go in parentheses. Not
    /// a given name after a work's "de" ("as versões de Orson Welles, de 1948": whose, and of when).
    /// </summary>
    private static bool IsDatedAsAWork(IReadOnlyList<Token> tokens, NameRun run)
    {
        var at = run.Last + 1 + (run.Last + 1 < tokens.Count && tokens[run.Last + 1].Is(",") ? 1 : 0);
        var maker = run.First >= 2 && tokens[run.First - 1].IsLowercaseWord && tokens[run.First - 1].Folded == "de" && GivenNames.Contains(tokens[run.First].Folded)
            && (Lexicon.TitleArticles.Contains(tokens[run.First - 2].Folded) || IsWorkNoun(tokens[run.First - 2].Folded) || tokens[run.First - 2].Folded is "versao" or "versoes" or "sucesso" or "sucessos");
        return !maker && at + 1 < tokens.Count && tokens[at].IsLowercaseWord && tokens[at].Folded == "de" && tokens[at + 1].Kind == TokenKind.Number
            && tokens[at + 1].Text.Length == 4 && (at + 2 >= tokens.Count || !tokens[at + 2].IsLowercaseWord || tokens[at + 2].Folded is "e" or "a");
    }

    /// <summary>
    /// "a chapelaria Herbert Johnson", "na livraria Lello", "da confeitaria Colombo": a name after a word for a shop or
    /// workshop ("-aria", "-eria") and its article is the shop's. The article tells the noun from a verb ("faria").
    /// </summary>
    private static bool IsAShopsName(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && tokens[first - 1].IsLowercaseWord && tokens[first - 2].Folded is "a" or "da" or "na" or "pela" or "uma" or "numa" or "à"
        && (tokens[first - 1].Folded.EndsWith("aria", StringComparison.Ordinal) || tokens[first - 1].Folded.EndsWith("eria", StringComparison.Ordinal));

    /// <summary>
    /// "outros títulos do estúdio, como Nuvem Alta e O Farol": examples of works are titles. The examples are of the
    /// nearest noun: "poemas atribuídos a autores mortos, como Castro Alves" gives authors. Not after a verb of
    /// showing up: "presença constante nos filmes do diretor, aparece como Lúcio Prado" gives a role.
    /// </summary>
    private static bool WorkNounShortlyBefore(IReadOnlyList<Token> tokens, int como)
    {
        if (como >= 1 && Lexicon.ShowsUpVerbs.Contains(tokens[como - 1].Folded))
        {
            return false;
        }

        for (var i = como - 1; i >= Math.Max(0, como - 6) && !tokens[i].Is(".") && !Lexicon.PlayedVerbs.Contains(tokens[i].Folded); i--)
        {
            if (tokens[i].IsLowercaseWord && IsWorkNoun(tokens[i].Folded))
            {
                return true;
            }

            if (tokens[i].IsLowercaseWord && IsPeopleNoun(tokens[i].Folded))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"em cidades como Payson, American Fork e Lehi": the items of a list of examples of places are places.</summary>
    private static bool IsListedAsAnExampleOfPlaces(IReadOnlyList<Token> tokens, int first)
    {
        var at = first - 1;
        while (at >= 1 && (tokens[at].IsNameToken || tokens[at].Is(",") || tokens[at].Folded == "e"))
        {
            at--;
        }

        if (at < 1 || tokens[at].Folded != "como" || !tokens[at - 1].IsLowercaseWord)
        {
            return false;
        }

        var noun = tokens[at - 1].Folded;
        return noun.EndsWith('s') && (Lexicon.PlaceNouns.Contains(noun) || Lexicon.PlaceNouns.Contains(noun[..^1])
            || (noun.EndsWith("es", StringComparison.Ordinal) && Lexicon.PlaceNouns.Contains(noun[..^2])));
    }

    private static bool IsPeopleNoun(string folded) =>
        Lexicon.IsRoleNoun(folded)
        || (folded.EndsWith("es", StringComparison.Ordinal) && Lexicon.IsRoleNoun(folded[..^2]))
        || (folded.EndsWith('s') && Lexicon.IsRoleNoun(folded[..^1]));

    private static bool IsWorkNoun(string folded) =>
        Lexicon.WorkNouns.Contains(folded)
        || (folded.EndsWith('s') && Lexicon.WorkNouns.Contains(folded[..^1]))
        || (folded.EndsWith("oes", StringComparison.Ordinal) && Lexicon.WorkNouns.Contains(folded[..^3] + "ao"));

    /// <summary>"deixou para trás Pulp Fiction: Tempo de Violência": mid-sentence, a name before a colon and a capitalised word is a title.</summary>
    private static bool IsTitleBeforeItsSubtitle(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Professions.Count == 0 && !tokens[run.First].StartsSentence && !tokens[run.First].InLabel
        && run.Last + 2 < tokens.Count && tokens[run.Last + 1].Is(":") && tokens[run.Last + 2].IsCapitalizedWord;

    private static readonly string[] Participles = ["ado", "ada", "ido", "ida", "ita", "ito"];

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

        // "Night Skies, uma história de terror": an indefinite article before a kind of work too; after "o" or none,
        // the work is more often the sentence's next subject ("William Wisher, o filme estreou").
        var indefinite = tokens[next - 1].Folded is "um" or "uma";
        // "Furacão Elis, biografia escrita pela jornalista": a bare work that is no film, written or made by someone. Not
        // "libreto de Neil Simon, música de Cy Coleman": a credit list.
        var bareWork = tokens[next - 1].Is(",") && next + 1 < tokens.Count && tokens[next].Folded is not ("musica" or "cancao")
            && (Lexicon.WorksOtherThanFilms.Contains(tokens[next].Folded) || tokens[next].Folded is "biografia" or "autobiografia")
            && (tokens[next + 1].Folded is "de" or "do" or "da" || Participles.Any(tokens[next + 1].Folded.EndsWith));
        return next < tokens.Count && tokens[next].IsLowercaseWord && (Lexicon.ThingNouns.Contains(tokens[next].Folded) || Lexicon.PlaceNouns.Contains(tokens[next].Folded)
            || (indefinite && (IsWorkNoun(tokens[next].Folded) || tokens[next].Folded == "historia")) || bareWork);
    }

    /// <summary>"Título original: Blade Runner.": after a label that announces a title, the name is the title.</summary>
    private static bool IsTitleByItsLabel(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && tokens[first - 1].Is(":") && tokens[first - 2].InLabel && tokens.Take(first - 1).Any(t => t.Folded is "titulo" or "titulos");

    /// <summary>
    /// "em cartaz com Esperando Godot, de Samuel Beckett", "o prelúdio de Lohengrin, ópera de Richard Wagner": a name
    /// followed by ", de" (or a kind of work and "de") and a person's full name is a work.
    /// </summary>
    private static bool IsWorkByItsAuthorAfter(IReadOnlyList<Token> tokens, NameRun run)
    {
        var de = run.Last + 2 + (run.Last + 2 < tokens.Count && Lexicon.AuthorsOfWorks.ContainsKey(tokens[run.Last + 2].Folded) ? 1 : 0);
        return de + 2 < tokens.Count && tokens[run.Last + 1].Is(",") && tokens[de].Folded == "de" && tokens[de].IsLowercaseWord
            && tokens[de + 1].IsCapitalizedWord && GivenNames.Contains(tokens[de + 1].Folded) && tokens[de + 2].IsNameToken
            && !GivenNames.Contains(tokens[run.First].Folded);
    }
}
