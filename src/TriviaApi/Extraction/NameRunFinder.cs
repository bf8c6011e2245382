namespace TriviaApi.Extraction;

/// <summary>
/// Finds runs of capitalised words that could name a person or character: "Já Wagner Moura" yields "Wagner Moura",
/// "Nelson Pereira dos Santos" stays whole, and institutions, places and titles are left out.
/// This file holds the order a fact's runs are found in and what neighbouring runs share; the files beside it hold
/// the raw runs of name tokens, their cutting into pieces, and the professions the words around a name give it.
/// </summary>
internal static partial class NameRunFinder
{
    private static readonly HashSet<string> SharedFamilyCues = ["por", "irmaos", "irmas", "casal"];

    public static List<NameRun> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films)
    {
        var runs = new List<NameRun>();
        var categories = new List<NameRun>();
        List<(int Start, int End, List<string> Professions)>? pieces = null;
        // The fact's raw runs, each from a token that opens one to where it ends.
        var first = 0;
        while (first < tokens.Count)
        {
            if (!OpensARawRun(tokens, films, first))
            {
                first++;
                continue;
            }

            var last = RawRunEnd(tokens, films, first);
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

            first = last + 1;
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
        end - start >= 2 && tokens[start + 1].IsNameToken && IsPlaceNameOfTwoWords(tokens[start].Folded, tokens[start + 1].Folded) ? start + 2 : start;

    // The two words joined on the stack and looked up as a span, not joined into a string for every run of three words.
    private static bool IsPlaceNameOfTwoWords(string first, string second)
    {
        var length = first.Length + 1 + second.Length;
        var joined = length <= 256 ? stackalloc char[length] : new char[length];
        first.CopyTo(joined);
        joined[first.Length] = ' ';
        second.CopyTo(joined[(first.Length + 1)..]);
        return Lexicon.PlaceNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(joined);
    }

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
}
