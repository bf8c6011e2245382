namespace TriviaApi.Extraction;

/// <summary>
/// Places told by the words around a run: where something happened ("filmado em Ouro Fino"), whose place it is ("a
/// cidade mineira de Cataguases"), where it lies ("East New York, no Brooklyn"), a shop ("a chapelaria Herbert
/// Johnson") or examples of places ("em cidades como Payson"). Apart because each reads a noun of place, not the run.
/// </summary>
internal static partial class NameRunContext
{
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

    /// <summary>
    /// "a cidade termal de", "a vila operária de", "a cidade mineira de Cataguases": one lowercase word, no function
    /// word or trade, between a place and "de"; not "a cidade natal de Caetano Veloso", whose place it is.
    /// </summary>
    private static bool IsAdjectiveOfAPlace(Token token) =>
        token.IsLowercaseWord && !Lexicon.IsFunctionWord(token) && !Lexicon.IsRoleNoun(token.Folded) && !OfSomeone.Contains(token.Folded);

    private static readonly HashSet<string> OfSomeone = Lexicon.Folded("natal", "adotiva", "adotivo", "preferida", "preferido", "favorita", "favorito");

    /// <summary>
    /// "a chapelaria Herbert Johnson", "na livraria Lello", "da confeitaria Colombo": a name after a word for a shop or
    /// workshop ("-aria", "-eria") and its article is the shop's. The article tells the noun from a verb ("faria").
    /// </summary>
    private static bool IsAShopsName(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && tokens[first - 1].IsLowercaseWord && tokens[first - 2].Folded is "a" or "da" or "na" or "pela" or "uma" or "numa" or "à"
        && (tokens[first - 1].Folded.EndsWith("aria", StringComparison.Ordinal) || tokens[first - 1].Folded.EndsWith("eria", StringComparison.Ordinal));

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
}
