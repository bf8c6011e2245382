using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// Finds runs of capitalised words that could name a person or character: "Já Wagner Moura" yields "Wagner Moura",
/// "Nelson Pereira dos Santos" stays whole, and institutions, places and titles are left out.
/// </summary>
internal static class NameRunFinder
{
    private static readonly HashSet<string> Clitics = ["se", "lhe", "lhes", "la", "lo", "las", "los", "me", "te", "nos"];
    private static readonly string[] NationalityEndings = ["ano", "ana", "ense", "es", "esa", "eiro", "eira", "ino", "ina", "aio", "aia", "eno", "ena", "ego", "ega", "ao"];
    private static readonly HashSet<string> RomanNumerals = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"];

    /// <summary>"II" in "João Paulo II": a numeral that may end a name.</summary>
    public static bool IsRomanNumeral(Token token) => token.Text[0] is 'I' or 'V' or 'X' && RomanNumerals.Contains(token.Text);
    private static readonly HashSet<string> TitlesOfAddress = ["sr", "sra", "srta", "dr", "dra", "mr", "mrs", "ms", "prof"];
    private static readonly HashSet<string> SharedFamilyCues = ["por", "irmaos", "irmas", "casal"];
    private static readonly string[] ParticipleEndings = ["ado", "ada", "ido", "ida", "ados", "adas", "idos", "idas"];

    /// <summary>"Luenell interpreta a si mesma": a name that plays itself is an actor's, "atriz" or "ator" as the words say.</summary>
    private static string? ActorPlayingThemselves(IReadOnlyList<Token> tokens, int end)
    {
        var verb = end + 1;
        if (verb + 3 >= tokens.Count || !tokens[verb].IsLowercaseWord
            || !(Lexicon.PlayedVerbs.Contains(tokens[verb].Folded) || Lexicon.PlayedVerbsAfterAnActor.Contains(tokens[verb].Folded)))
        {
            return null;
        }

        var (pronoun, self) = (tokens[verb + 1].Folded, tokens[verb + 2].Folded) is ("a", "si") ? (verb + 2, tokens[verb + 3].Folded) : (verb + 1, tokens[verb + 2].Folded);
        return (tokens[pronoun].Folded, self) switch
        {
            ("si" or "ela", "mesma" or "propria") => "atriz",
            ("si" or "ele", "mesmo" or "proprio") => "ator",
            _ => null,
        };
    }

    public static List<NameRun> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films)
    {
        var runs = new List<NameRun>();
        var categories = new List<NameRun>();
        List<(int Start, int End, List<string> Professions)>? pieces = null;
        foreach (var (first, last) in RawRuns(tokens, films))
        {
            // One list of pieces for the fact, not an iterator for each of its runs.
            (pieces ??= []).Clear();
            AddPieces(tokens, first, last, pieces);
            foreach (var (whole, end, professions) in pieces)
            {
                var start = AfterAPlaceName(tokens, whole, end);
                var run = new NameRun(start, end, text[tokens[start].Start..tokens[end].End])
                {
                    WordCount = NameTokensIn(tokens, start, end),
                };
                run.Professions.AddRange(professions);
                run.Professions.AddRange(RoleNounsBefore(tokens, start));
                if (ActorPlayingThemselves(tokens, end) is { } actor)
                {
                    run.Professions.Add(actor);
                }
                if (NameRunContext.IsAwardCategory(tokens[start]) || GoesOnACategory(tokens, categories, run))
                {
                    categories.Add(run);
                }
                else if (NameRunContext.IsPossibleName(tokens, run))
                {
                    run.HasArticleBefore = NameRunContext.FollowsAnArticle(tokens, start);
                    run.IsOrdinaryWords = NameRunContext.IsMadeOfOrdinaryWords(tokens, run);
                    run.InTheCast = CastMembership.SaidAfter(tokens, end);
                    run.InspiredACharacter = NameRunContext.FollowsInspiredBy(tokens, start);
                    run.TradeSetOffAfter = end + 2 < tokens.Count && tokens[end + 1].Is(",") && tokens[end + 2].IsLowercaseWord && Lexicon.IsRoleNoun(tokens[end + 2].Folded);
                    runs.Add(run);
                }
            }
        }

        // A loop, not RemoveAll with a lambda, which would cost every fact a closure.
        for (var i = runs.Count - 1; i >= 0; i--)
        {
            if (IsSubtitleOfAFilm(tokens, films, runs[i]))
            {
                runs.RemoveAt(i);
            }
        }
        ShareFamilyNames(tokens, runs);
        ShareCreditsAlongAList(tokens, runs);
        CharacterCueReader.Annotate(tokens, films, runs, categories);
        ListsOfFilms.DropTitlesListedWithFilms(tokens, films, runs);
        return runs;
    }

    private static int NameTokensIn(IReadOnlyList<Token> tokens, int first, int last)
    {
        var count = 0;
        for (var i = first; i <= last; i++)
        {
            count += tokens[i].IsNameToken ? 1 : 0;
        }

        return count;
    }

    /// <summary>"o magnata de Hong Kong Run Run Shaw": a place's name of two words opening a longer run is the place.</summary>
    private static int AfterAPlaceName(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start >= 2 && tokens[start + 1].IsNameToken && Lexicon.PlaceNames.Contains($"{tokens[start].Folded} {tokens[start + 1].Folded}") ? start + 2 : start;

    /// <summary>"Rosetta (1999), de Jean-Pierre e Luc Dardenne": the "de" after a dated title credits its directors.</summary>
    private static bool IsDirectorsCredit(IReadOnlyList<Token> tokens, int de) =>
        de >= 2 && tokens[de].Folded == "de" && tokens[de - 1].Is(",") && tokens[de - 2].Is(")");

    /// <summary>
    /// "Apocalypse Now: Final Cut": the name after a film's title and a colon is its subtitle; not a person's name that
    /// opens a list ("três atores de O Poderoso Chefão: James Caan, Robert Duvall e Al Pacino").
    /// </summary>
    private static bool IsSubtitleOfAFilm(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, NameRun run) =>
        run.First >= 2 && tokens[run.First - 1].Is(":") && CharacterCueReader.FilmCovering(films, tokens[run.First - 2]) is not null && !OpensAListOfPeople(tokens, run);

    private static bool OpensAListOfPeople(IReadOnlyList<Token> tokens, NameRun run) =>
        run.WordCount >= 2 && GivenNames.Contains(tokens[run.First].Folded) && run.Last + 2 < tokens.Count
        && (tokens[run.Last + 1].Is(",") || tokens[run.Last + 1].Folded == "e") && tokens[run.Last + 2].IsCapitalizedWord
        && GivenNames.Contains(tokens[run.Last + 2].Folded);

    /// <summary>
    /// "dirigido por Joel e Ethan Coen", "os irmãos Lana e Lilly Wachowski": a given name alone before "e" and a full
    /// name shares its family name, when a credit or a word for siblings says the two are named together.
    /// </summary>
    private static void ShareFamilyNames(IReadOnlyList<Token> tokens, List<NameRun> runs)
    {
        for (var i = 0; i + 1 < runs.Count; i++)
        {
            var (alone, full) = (runs[i], runs[i + 1]);
            if (alone.WordCount == 1 && full.WordCount == 2 && full.First == alone.Last + 2 && tokens[alone.Last + 1].Folded == "e"
                && alone.First >= 1 && (SharedFamilyCues.Contains(tokens[alone.First - 1].Folded) || IsDirectorsCredit(tokens, alone.First - 1))
                // Not "entregue por Lucas e Steven Spielberg": "por" names siblings after a credit only.
                && (tokens[alone.First - 1].Folded != "por" || (alone.First >= 2 && Lexicon.ParticipleRoles.ContainsKey(tokens[alone.First - 2].Folded)))
                && GivenNames.Contains(alone.Key) && GivenNames.Contains(tokens[full.First].Folded) && !GivenNames.Contains(full.LastWordKey))
            {
                var shared = new NameRun(alone.First, alone.Last, $"{alone.Text} {tokens[full.Last].Text}") { WordCount = 2 };
                shared.Professions.AddRange(alone.Professions);
                runs[i] = shared;
            }
        }
    }

    /// <summary>"escrita por Aguinaldo Silva, Ana Moretzsohn e Ricardo Linhares": a credit by a participle is every listed name's.</summary>
    private static void ShareCreditsAlongAList(IReadOnlyList<Token> tokens, List<NameRun> runs)
    {
        for (var i = 0; i + 1 < runs.Count; i++)
        {
            var first = runs[i].First;
            if (first < 2 || tokens[first - 1].Folded != "por" || !Lexicon.ParticipleRoles.TryGetValue(tokens[first - 2].Folded, out var role))
            {
                continue;
            }

            for (var j = i + 1; j < runs.Count && CharacterCueReader.OnlyListSeparatorsBetween(tokens, runs[j - 1], runs[j]); j++)
            {
                if (runs[j].Professions.Count == 0)
                {
                    runs[j].Professions.Add(role);
                }
            }
        }
    }

    /// <summary>Maximal runs of name tokens outside films; a particle joins when one name word follows it.</summary>
    private static bool IsOpeningQuote(Token token) => token.Is("\"") || token.Is("“");

    private static bool IsClosingQuote(Token token) => token.Is("\"") || token.Is("”");

    private static IEnumerable<(int First, int Last)> RawRuns(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films)
    {
        bool IsCandidate(int i) => i < tokens.Count && tokens[i].IsNameToken && !tokens[i].InLabel && !InAFilm(tokens[i]);
        bool InAFilm(Token token)
        {
            // A loop, not a lambda over i: a lambda would cost a closure on every call, and this is asked of every token.
            for (var f = 0; f < films.Count; f++)
            {
                if (films[f].Covers(token))
                {
                    return true;
                }
            }

            return false;
        }
        bool IsSuffix(int i) => i < tokens.Count && tokens[i].IsCapitalizedWord && Lexicon.NameSuffixes.Contains(tokens[i].Folded);

        var index = 0;
        while (index < tokens.Count)
        {
            if (!IsCandidate(index))
            {
                index++;
                continue;
            }

            var last = index;
            while (true)
            {
                if (IsCandidate(last + 1) && !tokens[last + 1].StartsSentence)
                {
                    last++;
                    continue;
                }

                // Asked once here, not in each rule below: every run ends by going through them all.
                var particleNext = last + 1 < tokens.Count && tokens[last + 1].IsLowercaseWord && Lexicon.NameParticles.Contains(tokens[last + 1].Folded);
                var givenNameAlone = last == index && GivenNames.Contains(tokens[last].Folded);
                if (particleNext && IsCandidate(last + 2) && (!IsCandidate(last + 3) || (last == index && Lexicon.NonPersonHeads.Contains(tokens[index].Folded))))
                {
                    // "Comitê de Atividades Antiamericanas": an institution's head carries the whole name after its particle.
                    last += 2;
                }
                else if (particleNext && IsCandidate(last + 2) && FamilyNames.Contains(tokens[last + 2].Folded) && IsCandidate(last + 3) && !IsCandidate(last + 4))
                {
                    // "Cristino Gomes da Silva Cleto": a family name after the particle carries one more.
                    last += 3;
                }
                else if (givenNameAlone && particleNext
                    && IsCandidate(last + 2) && !GivenNames.Contains(tokens[last + 2].Folded) && IsCandidate(last + 3) && !IsCandidate(last + 4))
                {
                    // "Maria de Jesus Bacarelli", "Paulo de Tarso Santos": a given name and a particle carry two names; not
                    // a second given name ("a Clara de Sônia Braga", her role).
                    last += 3;
                }
                else if (last + 3 < tokens.Count && tokens[last + 1].IsLowercaseWord && tokens[last + 1].Folded is "van" or "von" or "de" or "di"
                    && tokens[last + 2].IsLowercaseWord && tokens[last + 2].Folded is "der" or "den" or "la" or "los" or "las" && IsCandidate(last + 3))
                {
                    // "Lynda van der Klok", "Ursula von der Leyen", "Oscar de la Hoya": two particles before the family name.
                    last += 3;
                }
                else if (last + 1 < tokens.Count && (IsRomanNumeral(tokens[last + 1])
                    || (tokens[last + 1].Text == "I" && !(last + 2 < tokens.Count && tokens[last + 2].IsNameToken))))
                {
                    // "João Paulo II", "Dom Pedro I" (not the English "I" that opens a title: "Pedro I Want").
                    last++;
                }
                else if (givenNameAlone && last + 4 < tokens.Count && IsOpeningQuote(tokens[last + 1]) && IsCandidate(last + 2)
                    && IsClosingQuote(tokens[last + 3]) && IsCandidate(last + 4) && !tokens[last + 4].StartsSentence)
                {
                    // 'Manuel "Guajiro" Mirabal': a nickname in quotes between a given name and a family name is in the name.
                    last += 4;
                }
                else if (last + 2 < tokens.Count && tokens[last + 1].Is(".") && TitlesOfAddress.Contains(tokens[last].Folded) && IsCandidate(last + 2))
                {
                    // "Sr. Reagan".
                    last += 2;
                }
                else if (last + 2 < tokens.Count && tokens[last + 1].Is(",") && IsSuffix(last + 2))
                {
                    // "Harry Connick, Jr.": the suffix, and the full stop of its abbreviation, belong to the name.
                    last += last + 3 < tokens.Count && tokens[last + 3].Is(".") && tokens[last + 3].Start == tokens[last + 2].End ? 3 : 2;
                }
                else
                {
                    break;
                }
            }

            yield return (index, last);
            index = last + 1;
        }
    }

    private static readonly HashSet<string> CategoryJoints = ["–", "—", "-", "em", "e", "ou", "de", "da", "do"];

    /// <summary>
    /// "Melhor Ator – Drama (Cooper)", "Melhor Fotografia em Preto e Branco", "Melhor Atriz em Comédia ou Musical": ordinary
    /// words joined to a category by a dash, "em", "e", "ou" or "de" go on naming it.
    /// </summary>
    private static bool GoesOnACategory(IReadOnlyList<Token> tokens, List<NameRun> categories, NameRun run)
    {
        if (categories.Count == 0 || categories[^1].Last >= run.First)
        {
            return false;
        }

        for (var i = categories[^1].Last + 1; i < run.First; i++)
        {
            if (!CategoryJoints.Contains(tokens[i].Folded))
            {
                return false;
            }
        }

        for (var i = run.First; i <= run.Last; i++)
        {
            if (tokens[i].IsCapitalizedWord && (!OrdinaryWords.Contains(tokens[i].Folded) || GivenNames.Contains(tokens[i].Folded)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly List<string> NoProfessions = [];

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

    /// <summary>
    /// "Sétima Sinfonia", "abertura de As Bodas de Fígaro": a capitalised title ending at <paramref name="last"/> that
    /// a kind of work heads or opens; the profession of its author.
    /// </summary>
    private static string? AuthorOfATitledWork(IReadOnlyList<Token> tokens, int last)
    {
        var at = last;
        while (at >= 0 && last - at < 8 && (tokens[at].IsNameToken || (tokens[at].IsLowercaseWord && Lexicon.NameParticles.Contains(tokens[at].Folded) && at < last)))
        {
            if (tokens[at].IsCapitalizedWord && Lexicon.AuthorsOfWorks.TryGetValue(tokens[at].Folded, out var heading))
            {
                return heading;
            }

            at--;
        }

        if (at == last || at < 0)
        {
            return null;
        }

        // "a abertura de As Bodas ...": the kind of work, or the part of one, and "de", before the title. An opening is
        // music only here: "Curta de abertura:" labels a film.
        var noun = tokens[at].IsLowercaseWord && tokens[at].Folded is "de" or "do" or "da" && at >= 1 ? at - 1 : at;
        return !tokens[noun].IsLowercaseWord ? null
            : tokens[noun].Folded is "abertura" or "overture" ? "compositor"
            : Lexicon.AuthorsOfWorks.GetValueOrDefault(tokens[noun].Folded);
    }

    /// <summary>"a trilha sonora de", "a peça homônima de", "o livro de": the name after is the work's author.</summary>
    private static string? AuthorOfWorkBefore(IReadOnlyList<Token> tokens, int at)
    {
        if (!tokens[at].IsLowercaseWord)
        {
            return null;
        }

        if (Lexicon.AuthorsOfWorks.TryGetValue(tokens[at].Folded, out var author))
        {
            return author;
        }

        return at >= 1 && tokens[at - 1].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[at]) ? Lexicon.AuthorsOfWorks.GetValueOrDefault(tokens[at - 1].Folded) : null;
    }

    /// <summary>Adjectives of origin by their endings: "mexicano", "pernambucana", "francês", "canadense", "brasileira", "uruguaio".</summary>
    internal static bool IsNationality(Token token) =>
        token.IsLowercaseWord && !Lexicon.IsFunctionWord(token) && !Lexicon.IsRoleNoun(token.Folded)
        && Lexicon.EndsWithAny(token.Folded, NationalityEndings);

    /// <summary>
    /// "o diretor de arte Tommy Lee Wallace", "a diretora de efeitos visuais Sara Bennett": a role noun, "de" and its
    /// field before a full name ("pintor de origem Creek" names a people, not a painter).
    /// </summary>
    private static string? RoleWithItsFieldBefore(IReadOnlyList<Token> tokens, int start)
    {
        if (start + 1 >= tokens.Count || !tokens[start + 1].IsNameToken)
        {
            return null;
        }

        // Asked of every name run: loops, not LINQ.
        for (var de = start - 2; de >= start - 3 && de >= 1; de--)
        {
            if (tokens[de].Folded != "de" || !tokens[de].IsLowercaseWord || !tokens[de - 1].IsLowercaseWord || !Lexicon.IsRoleNoun(tokens[de - 1].Folded))
            {
                continue;
            }

            var field = true;
            for (var k = de + 1; k < start && field; k++)
            {
                field = tokens[k].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[k]) && !Lexicon.IsRoleNoun(tokens[k].Folded);
            }

            if (field)
            {
                return string.Join(' ', tokens.Skip(de - 1).Take(start - de + 1).Select(t => t.Text.ToLowerInvariant()));
            }
        }

        return null;
    }

    /// <summary>"O cantor e pianista Gilberto Gil" gives cantor and pianista; "dirigido por Walter Salles", diretor.</summary>
    private static List<string> RoleNounsBefore(IReadOnlyList<Token> tokens, int start)
    {
        if (start >= 2 && tokens[start - 1].Folded == "por" && Lexicon.ParticipleRoles.TryGetValue(tokens[start - 2].Folded, out var role))
        {
            return [role];
        }

        if (start >= 2 && tokens[start - 1].Folded == "de" && AuthorOfWorkBefore(tokens, start - 2) is { } author)
        {
            return [author];
        }

        // "A fotografia é de Ivo Lopes", "a trilha sonora é da uruguaia Ana Reis", "a montagem, de Mair Tavares": the
        // work's author, after a verb or a comma; "Música: John Williams compôs", after a fact-sheet label.
        var nationalityBefore = start >= 2 && IsNationality(tokens[start - 1]);
        var of = nationalityBefore ? start - 2 : start - 1;
        if (of >= 2 && tokens[of].Folded is "de" or "da" or "do" && (tokens[of - 1].Text is "é" or "foi" or "era" || tokens[of - 1].Is(","))
            && AuthorOfWorkBefore(tokens, of - 2) is { } creator)
        {
            return [creator];
        }

        // "a Sétima Sinfonia, de Beethoven", "a abertura de As Bodas de Fígaro, de Mozart": a work named by its title,
        // then ", de" and its author.
        if (of >= 3 && tokens[of].Folded == "de" && tokens[of - 1].Is(",") && AuthorOfATitledWork(tokens, of - 2) is { } composer)
        {
            return [composer];
        }

        if (start >= 2 && tokens[start - 1].Is(":") && tokens.Take(start - 1).Where(t => t.InLabel).Select(t => Lexicon.AuthorsOfWorks.GetValueOrDefault(t.Folded)).FirstOrDefault(p => p is not null) is { } labelled)
        {
            return [labelled];
        }

        // "\"Hoje\", de Taiguara": the name after a quoted title and ", de" is its author's; "na voz de Fréhel", a singer's.
        if (start >= 4 && tokens[start - 1].Folded == "de" && tokens[start - 2].Is(",") && tokens[start - 3].Text is "\"" or "”")
        {
            return ["autor"];
        }

        if (start >= 3 && tokens[start - 1].Folded == "de" && tokens[start - 2].Folded == "voz" && tokens[start - 3].Folded == "na")
        {
            return ["cantor"];
        }

        // "Volver (2006), de Pedro Almodóvar": the name after a dated title is its director's.
        if (start >= 4 && tokens[start - 1].Folded == "de" && tokens[start - 2].Is(",") && tokens[start - 3].Is(")") && tokens[start - 4].Kind == TokenKind.Number)
        {
            return ["diretor"];
        }

        if (RoleWithItsFieldBefore(tokens, start) is { } specialist)
        {
            return [specialist];
        }

        // Most names have no role noun before them: their list is made when one is found, else the empty one shared.
        List<string>? roles = null;
        var i = start - 1;
        if (nationalityBefore && Lexicon.IsRoleNoun(tokens[i - 1].Folded))
        {
            // "a cantora pernambucana Lia de Itamaracá", "o diretor mexicano Guillermo del Toro".
            i--;
        }

        while (i >= 0 && tokens[i].Kind == TokenKind.Word && Lexicon.IsRoleNoun(tokens[i].Folded))
        {
            (roles ??= []).Insert(0, tokens[i].Text.ToLowerInvariant());
            i -= i >= 2 && tokens[i - 1].Folded == "e" && Lexicon.IsRoleNoun(tokens[i - 2].Folded) ? 2 : 1;
        }

        return roles ?? NoProfessions;
    }
}
