using System.Buffers;
using System.Text.RegularExpressions;

namespace TriviaApi.Extraction;

/// <summary>
/// Finds films by their most reliable mark, a year in parentheses after the title ("Oito e Meio(1963)",
/// "Cidade de Deus (City of God, 2002)"), and titles in quotes after a word such as "filme".
/// This file holds the two searches (a year in parentheses, quotes after a word for a film), the quoted title before a
/// year and the works that are no film; the files beside it read a title back from its year token by token, and tell
/// a foreign title's words in lower case.
/// </summary>
internal static partial class FilmTitleFinder
{
    private static readonly SearchValues<char> OpeningQuotes = SearchValues.Create("\"“«");
    private static readonly Dictionary<char, char> QuotePairs = new() { ['"'] = '"', ['”'] = '“', ['»'] = '«' };

    public static List<FilmSpan> FindDatedTitles(string text, IReadOnlyList<Token> tokens)
    {
        var spans = new List<FilmSpan>();
        // Most facts have no parenthesis, which every match opens with: no need to run the expression over them.
        if (!text.Contains('('))
        {
            return spans;
        }

        foreach (Match match in YearInParentheses().Matches(text))
        {
            var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var original = match.Groups["original"].Success && match.Groups["original"].Value.Any(char.IsLower)
                ? match.Groups["original"].Value.Trim().Trim('"', '“', '”')
                : null;
            var quoted = QuotedTitleBefore(text, match.Index);
            if ((quoted ?? ScannedTitleBefore(text, tokens, match.Index)) is { } found && !IsWorkOtherThanAFilm(tokens, found.Start)
                && !IsWorkOtherThanAFilmAfter(tokens, match.Index + match.Length))
            {
                var cue = $"{(quoted is null ? "title" : "quoted title")} before \"{match.Value}\"";
                spans.Add(new FilmSpan(new FilmMention(found.Title, original, year), found.Start, match.Index + match.Length, false, cue));
            }
        }

        return spans;
    }

    /// <summary>
    /// "na novela Amor Eterno (2019)", "a peça Ópera do Malandro (1978)", "o clipe de \"Sonho Azul\" (1995)": a dated
    /// title after a kind of work that is no film; after "de", only a clip's: "a música de Cantando na Chuva (1952)"
    /// is the film's.
    /// </summary>
    private static bool IsWorkOtherThanAFilm(IReadOnlyList<Token> tokens, int titleStart)
    {
        var at = tokens.Count - 1;
        while (at >= 0 && tokens[at].End > titleStart)
        {
            at--;
        }

        if (at >= 1 && tokens[at].IsLowercaseWord && tokens[at].Folded is "de" or "do" or "da")
        {
            return tokens[at - 1].Folded is "clipe" or "videoclipe";
        }

        // "a diretora filmou a ópera La Serva Padrona (1998)": the work filmed is a film.
        var filmed = at >= 2 && tokens[at - 1].IsLowercaseWord && Lexicon.TitleArticles.Contains(tokens[at - 1].Folded) && FilmingVerbs.Contains(tokens[at - 2].Folded);
        return at >= 0 && tokens[at].IsLowercaseWord && Lexicon.WorksOtherThanFilms.Contains(tokens[at].Folded) && !filmed;
    }

    private static readonly HashSet<string> FilmingVerbs = Lexicon.Folded("filmou", "filmar", "filmaram", "filmaria", "rodou", "rodar", "rodaram");

    /// <summary>"Gabriela (1975), novela da TV Globo", "Pantanal (2022), da TV Globo": what follows the year says it is no film.</summary>
    private static bool IsWorkOtherThanAFilmAfter(IReadOnlyList<Token> tokens, int end)
    {
        var at = 0;
        while (at < tokens.Count && tokens[at].Start < end)
        {
            at++;
        }

        if (at + 2 >= tokens.Count || !tokens[at].Is(","))
        {
            return false;
        }

        var word = tokens[at + 1].IsLowercaseWord && tokens[at + 1].Folded is "a" or "o" or "uma" or "um" ? at + 2 : at + 1;
        // Not "romance de baixíssimo orçamento" nor "episódio do filme coletivo": a genre, or a film's part.
        return (tokens[word].IsLowercaseWord && Lexicon.WorksOtherThanFilms.Contains(tokens[word].Folded) && tokens[word].Folded is not ("romance" or "episodio"))
            || (tokens[word].IsLowercaseWord && tokens[word].Folded is "da" or "na" && word + 1 < tokens.Count && tokens[word + 1].Text == "TV");
    }

    /// <summary>Titles in quotes after a word for a film, without a year: <c>o filme "Drive"</c>.</summary>
    public static IEnumerable<FilmSpan> FindQuotedTitles(string text) =>
        // Most facts quote nothing: no need to run the expression over them, nor to make an iterator for them.
        text.AsSpan().IndexOfAny(OpeningQuotes) < 0 ? [] : QuotedTitles(text);

    private static IEnumerable<FilmSpan> QuotedTitles(string text)
    {
        foreach (Match match in QuotedAfterFilmNoun().Matches(text))
        {
            var title = match.Groups["title"];
            if (char.IsUpper(title.Value[0]))
            {
                var noun = match.Value[..match.Value.IndexOf(match.Groups["quoted"].Value, StringComparison.Ordinal)].Trim();
                yield return new FilmSpan(new FilmMention(title.Value.Trim(), null, null), match.Groups["quoted"].Index, match.Index + match.Length, false, $"quoted after \"{noun}\"");
            }
        }
    }

    private static (string Title, int Start)? QuotedTitleBefore(string text, int parenthesis)
    {
        var end = parenthesis - 1;
        while (end >= 0 && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        if (end < 1 || !QuotePairs.TryGetValue(text[end], out var opening))
        {
            return null;
        }

        var start = text.LastIndexOf(opening, end - 1);
        if (start < 0 || end - start < 2 || !char.IsUpper(text[start + 1]))
        {
            return null;
        }

        return (text[(start + 1)..end], start);
    }

    [GeneratedRegex(@"\(\s*(?:(?<original>[^()]+?)\s*,\s*)?(?<year>(?:18[89]|19\d|20\d)\d)\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex YearInParentheses();

    [GeneratedRegex(@"\b(?:filmes?|longas?(?:-metragem)?|musical|comédia|drama|documentário|animação|remake|clássico)\s+(?<quoted>[""“«])(?<title>[^""“”«»]{1,150})[""”»](?!\s*\()", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuotedAfterFilmNoun();
}
