namespace TriviaApi.Extraction;

/// <summary>
/// Where a title read back from its year begins: past a comma before its subtitle, after a name or award before it.
/// This file holds the word sets the parts share and the two short edges, a place before the title and the join of a
/// list; the files beside it hold the subtitle's comma, titles that speak across a comma, a name or award before the
/// title, and a role of the film before it.
/// </summary>
internal static partial class TitleEdges
{
    private static readonly HashSet<string> PrepositionsBeforeTitles = ["em", "por", "pelo", "pela", "com", "para", "ate", "desde", "apos", "contra"];
    private static readonly HashSet<string> PartsOfACountry = ["ocidental", "oriental", "central", "meridional", "setentrional"];
    public static readonly HashSet<string> AwardWords = ["oscar", "oscars", "globo", "emmy", "bafta", "grammy", "cesar", "kikito", "leao", "urso", "palma", "framboesa"];

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
}
