using System.Runtime.InteropServices;
using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// What the words in and around a run of capitalised words say it is: an institution, place, title or category
/// rather than a name ("o Rialto Theatre", "Guerra Fria", "\"You Never Can Tell\""), or a name.
/// This file holds <see cref="IsPossibleName"/>, the question every run is asked, with its checks in the order they
/// are made; the files beside it hold the checks by what they read (the run's own words, an article or a quotation
/// before it, places, works and things), and what the finder notes of a name: its ordinary words, its article.
/// </summary>
internal static partial class NameRunContext
{
    private static readonly HashSet<string> EnglishDeterminers = ["this", "that", "these", "those", "my", "your", "our", "their", "its"];
    private static readonly HashSet<string> Pronouns = ["eu", "tu", "ele", "ela", "nos", "eles", "elas", "voce", "voces"];

    // "a trilogia de Guerra nas Sombras": what a series is of is its title. Not "filme de": that is its director.
    private static readonly HashSet<string> SeriesNouns = ["trilogia", "trilogias", "franquia", "saga", "universo"];

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

    private static bool PlaysNext(IReadOnlyList<Token> tokens, NameRun run) =>
        run.Last + 2 < tokens.Count && tokens[run.Last + 1].IsLowercaseWord
        && (Lexicon.PlayedVerbs.Contains(tokens[run.Last + 1].Folded) || Lexicon.PlayedVerbsAfterAnActor.Contains(tokens[run.Last + 1].Folded))
        && tokens[run.Last + 2].IsCapitalizedWord;

    /// <summary>"inspirado em", "baseada em", "em homenagem a": the name after is a real person a character was modelled on or named after.</summary>
    public static bool FollowsInspiredBy(IReadOnlyList<Token> tokens, int at) =>
        at >= 2 && ((tokens[at - 1].Folded == "em" && Lexicon.StartsWithAny(tokens[at - 2].Folded, InspiredBy))
            || (tokens[at - 1].Folded is "a" or "ao" && tokens[at - 2].Folded == "homenagem"));

    private static readonly string[] InspiredBy = ["inspirad", "basead", "moldad", "calcad"];

    public static bool IsAwardCategory(Token first) => first.Folded is "melhor" or "melhores" or "pior" or "piores" or "revelacao";
}
