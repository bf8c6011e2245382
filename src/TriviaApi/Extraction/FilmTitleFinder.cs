using System.Buffers;
using System.Text.RegularExpressions;
using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>A film found in a fact, and the characters of the text it covers.</summary>
internal sealed record FilmSpan(FilmMention Film, int Start, int End, bool IsSubject, string Cue)
{
    public bool Covers(Token token) => token.Start >= Start && token.End <= End;
}

/// <summary>
/// Finds films by their most reliable mark, a year in parentheses after the title ("Oito e Meio(1963)",
/// "Cidade de Deus (City of God, 2002)"), and titles in quotes after a word such as "filme".
/// </summary>
internal static partial class FilmTitleFinder
{
    private static readonly HashSet<string> TitleInnerPunctuation = ["-", "–", "—", ":", "&", "!", "?", "'", "’", "...", "…", "º", "ª", "°", "²", "³", "½", "⅓", "⅔", "¼", "¾", "+"];
    private static readonly HashSet<string> PrepositionsBeforeATitle = ["de", "da", "do", "em", "na", "no", "por", "pela", "pelo", "para", "com", "sobre"];

    /// <summary>Small words that open titles ("E o Vento Levou", "Eu, Tu, Eles", "Se Eu Fosse Você"), written in capitals only there.</summary>
    private static readonly HashSet<string> TitleOpeners = ["e", "eu", "se", "quando", "onde", "como", "nem", "ou"];
    private static readonly HashSet<string> Numerals = ["dois", "duas", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"];
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

    private static (string Title, int Start)? ScannedTitleBefore(string text, IReadOnlyList<Token> tokens, int parenthesis)
    {
        var last = -1;
        for (var i = 0; i < tokens.Count && tokens[i].End <= parenthesis; i++)
        {
            last = i;
        }

        var first = last + 1;
        for (var i = last; i >= 0; i--)
        {
            var token = tokens[i];
            // "Alien vs. Predador", "A Ilha do Dr. Moreau": the full stop of an abbreviation is inside the title.
            if (TitleEdges.IsSubtitleComma(tokens, i) || (token.Is(".") && i > 0 && Tokenizer.Abbreviations.Contains(tokens[i - 1].Folded) && tokens[i - 1].End == token.Start))
            {
                continue;
            }

            // "no século XVIII em Valmont (1989)": a century's Roman numeral opens no title; "em Hollywood: em 300 (2006)":
            // neither does a colon before a word in lower case, which no subtitle starts with.
            if (token.IsLowercaseWord && token.Folded == "mas" && i > 0 && tokens[i - 1].IsCapitalizedWord && tokens[i + 1].IsCapitalizedWord)
            {
                // "Drácula: Morto mas Feliz (1995)": "mas" between capitalised words joins them in one title.
                continue;
            }

            if (!CanBelongToTitle(token) && ForeignWordsOfATitle(tokens, i) is { } capital)
            {
                // "La soledad (2007)", "Der Wald vor lauter Bäumen (2003)": a foreign title keeps its words in lower case.
                first = capital;
                i = capital;
                token = tokens[i];
            }
            else if ((token.Is(":") && tokens[i + 1].IsLowercaseWord) || !CanBelongToTitle(token) || (IsInCapitals(token) && RomanNumeral().IsMatch(token.Text) && i > 0 && tokens[i - 1].Folded is "seculo" or "seculos"))
            {
                break;
            }

            first = i;
            // "por O Auto da Compadecida", "de A Hora da Estrela": a capitalised article after a lower-case word opens the
            // title; so does any capitalised small word after a preposition ("pela Mammy de E o Vento Levou").
            var opensTitle = token.IsCapitalizedWord && i > 0 && tokens[i - 1].IsLowercaseWord
                && (Lexicon.TitleArticles.Contains(token.Folded) || (TitleOpeners.Contains(token.Folded) && PrepositionsBeforeATitle.Contains(tokens[i - 1].Folded)));
            if ((token.StartsSentence && !FollowsAnExclamationInATitle(tokens, i)) || opensTitle)
            {
                break;
            }
        }

        first = SkipToTitleStart(tokens, first, last);
        if (first < last && tokens[first].StartsSentence && Lexicon.IsFunctionWord(tokens[first]) && !Lexicon.TitleArticles.Contains(tokens[first].Folded)
            && !Numerals.Contains(tokens[first].Folded))
        {
            // "Em Whiplash (2014)": the sentence's opening preposition is not part of the title.
            first = SkipToTitleStart(tokens, first + 1, last);
        }

        first = TitleEdges.AfterAPlace(tokens, first, last);
        first = TitleEdges.AfterNameBeforeTitle(tokens, first, last);
        first = TitleEdges.AfterTheJoinOfAList(tokens, first, last);
        first = ListedTitlesBeforeAYear.AfterTheLastJoin(tokens, first, last);
        if (first < last && Lexicon.FilmOrderCues.Contains(tokens[first].Folded)
            && (tokens[first + 1].Is(":") || (tokens[first + 1].IsLowercaseWord && Lexicon.TitleConnectors.Contains(tokens[first + 1].Folded))))
        {
            // "Sucedido por Mar Aberto 2 (2021)", "Sequência: ...": how the films relate is not part of the title.
            first = SkipToTitleStart(tokens, first + 2, last);
        }

        return first > last ? null : (text[tokens[first].Start..tokens[last].End], tokens[first].Start);
    }

    /// <summary>
    /// Where a title's run of foreign words in lower case ending at <paramref name="end"/> opens: the capitalised word
    /// before them, when it is a foreign article ("La soledad", "Le Carrosse d'or") or when every word is foreign or a
    /// foreign particle and one at least is no Portuguese word ("Tellement proches", "Memorias del desarrollo").
    /// </summary>
    private static int? ForeignWordsOfATitle(IReadOnlyList<Token> tokens, int end)
    {
        var start = end;
        while (start >= 1 && start > end - 4 && tokens[start - 1].IsLowercaseWord)
        {
            start--;
        }

        if (start < 1 || !tokens[start].IsLowercaseWord || !tokens[start - 1].IsCapitalizedWord)
        {
            return null;
        }

        if (ForeignArticles.Contains(tokens[start - 1].Folded.ToLowerInvariant()) && !tokens[start - 1].StartsSentence)
        {
            return start - 1;
        }

        // Otherwise the capitalised word must open the title after a word in lower case, or follow a foreign article
        // that does ("com Le Chapeau bleu"): not "Nolan dirigiu Insônia (2002)", whose verb the dictionary may not hold.
        var opening = start >= 3 && tokens[start - 2].IsCapitalizedWord && ForeignArticles.Contains(tokens[start - 2].Folded.ToLowerInvariant()) ? start - 2 : start - 1;
        if (tokens[opening].StartsSentence || opening < 1 || !tokens[opening - 1].IsLowercaseWord)
        {
            return null;
        }

        // "La Belle et la Bête": after a foreign article, foreign particles alone are enough.
        var foreign = opening == start - 2;
        for (var k = start; k <= end; k++)
        {
            var word = tokens[k];
            var notPortuguese = !Lexicon.IsFunctionWord(word) && word.Folded.Length > 2 && !OrdinaryWords.Contains(word.Folded) && !IsAVerbForm(word.Folded);
            if (!notPortuguese && !ForeignParticles.Contains(word.Folded))
            {
                return null;
            }

            foreign |= notPortuguese;
        }

        return foreign ? start - 1 : null;
    }

    /// <summary>"dirigiu", "estrelou", "escolheram", "usara": a finite form of a verb the dictionary holds by its infinitive.</summary>
    internal static bool IsAVerbForm(string folded)
    {
        if (IrregularVerbForms.Contains(folded))
        {
            return true;
        }

        foreach (var (ending, infinitive) in FiniteEndings)
        {
            if (folded.Length >= ending.Length + 2 && folded.EndsWith(ending, StringComparison.Ordinal) && OrdinaryWords.Contains(string.Concat(folded.AsSpan(0, folded.Length - ending.Length), infinitive)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> IrregularVerbForms = Lexicon.Folded(
        "está", "estão", "estava", "estavam", "esteve", "estiveram", "fez", "fizeram", "faz", "fazem", "tem", "têm", "teve", "tiveram",
        "veio", "vieram", "vinha", "vinham", "deu", "deram", "viu", "viram", "pôs", "puseram", "disse", "disseram", "quis",
        "quiseram", "houve", "são", "foi", "foram", "era", "eram", "vai", "vão", "ia", "iam", "traz", "trouxe", "trouxeram");

    private static readonly (string Ending, string Infinitive)[] FiniteEndings =
        [("ou", "ar"), ("iu", "ir"), ("eu", "er"), ("aram", "ar"), ("eram", "er"), ("iram", "ir"), ("avam", "ar"), ("ava", "ar"), ("iam", "er"), ("iam", "ir"), ("ia", "er"), ("ia", "ir"), ("am", "ar"), ("em", "er"),
            // "usara", "vendera", "partira"; "usaria"; "usasse".
            ("ara", "ar"), ("era", "er"), ("ira", "ir"), ("aria", "ar"), ("eria", "er"), ("iria", "ir"), ("asse", "ar"), ("esse", "er"), ("isse", "ir")];

    private static readonly HashSet<string> ForeignArticles = ["la", "le", "les", "el", "los", "las", "il", "lo", "gli", "der", "die", "das", "den"];
    private static readonly HashSet<string> ForeignParticles = ["de", "del", "di", "du", "des", "la", "le", "el", "et", "y", "und", "von", "vor"];

    /// <summary>
    /// "e em Não! Não Olhe! (2022)", "de Tora! Tora! Tora! (1970)": a word or two exclaimed, once or a few times, right
    /// after a word in lower case open the title; the exclamation marks end no sentence there.
    /// </summary>
    private static bool FollowsAnExclamationInATitle(IReadOnlyList<Token> tokens, int at)
    {
        var (k, exclaimed) = (at - 1, 0);
        while (k >= 1 && exclaimed < 3 && tokens[k].Is("!") && tokens[k - 1].IsNameToken)
        {
            k--;
            for (var words = 0; k >= 0 && tokens[k].IsNameToken && words < 2; words++)
            {
                k--;
            }

            exclaimed++;
        }

        return exclaimed > 0 && k >= 0 && tokens[k].IsLowercaseWord;
    }

    internal static bool CanBelongToTitle(Token token) =>
        !token.InLabel
        && (token.IsNameToken
        || IsNumberAbbreviation(token)
        || token.Kind == TokenKind.Number
        || IsInCapitals(token)
        || (token.IsLowercaseWord && Lexicon.TitleConnectors.Contains(token.Folded))
        || (token.Kind == TokenKind.Punctuation && TitleInnerPunctuation.Contains(token.Text)));

    /// <summary>"MGM", "WALL-E": a word in capitals, hyphen or not.</summary>
    private static bool IsInCapitals(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        // Asked of the words before every year in parentheses: a loop, not LINQ.
        foreach (var c in token.Text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Jogador Nº 1": the ordinal sign makes "Nº" a word that is neither capitalised nor in capitals.</summary>
    private static bool IsNumberAbbreviation(Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length == 2 && char.IsUpper(token.Text[0]) && token.Text[1] is 'º' or 'ª';

    internal static int SkipToTitleStart(IReadOnlyList<Token> tokens, int first, int last)
    {
        while (first <= last && !(tokens[first].IsNameToken || tokens[first].Kind == TokenKind.Number || IsInCapitals(tokens[first])))
        {
            first++;
        }

        return first;
    }

    [GeneratedRegex("^[IVXLC]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"\(\s*(?:(?<original>[^()]+?)\s*,\s*)?(?<year>(?:18[89]|19\d|20\d)\d)\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex YearInParentheses();

    [GeneratedRegex(@"\b(?:filmes?|longas?(?:-metragem)?|musical|comédia|drama|documentário|animação|remake|clássico)\s+(?<quoted>[""“«])(?<title>[^""“”«»]{1,150})[""”»](?!\s*\()", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuotedAfterFilmNoun();
}
