using System.Text.RegularExpressions;
using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// A title read back from its year token by token, while the tokens can belong to a title ("A Ilha do Dr. Moreau",
/// "Tora! Tora! Tora!"), then cut at the edges <see cref="TitleEdges"/> finds. Apart because it reads the fact's
/// tokens, where the searches read its characters.
/// </summary>
internal static partial class FilmTitleFinder
{
    private static readonly HashSet<string> TitleInnerPunctuation = ["-", "–", "—", ":", "&", "!", "?", "'", "’", "...", "…", "º", "ª", "°", "²", "³", "½", "⅓", "⅔", "¼", "¾", "+"];
    private static readonly HashSet<string> PrepositionsBeforeATitle = ["de", "da", "do", "em", "na", "no", "por", "pela", "pelo", "para", "com", "sobre"];

    /// <summary>Small words that open titles ("E o Vento Levou", "Eu, Tu, Eles", "Se Eu Fosse Você"), written in capitals only there.</summary>
    private static readonly HashSet<string> TitleOpeners = ["e", "eu", "se", "quando", "onde", "como", "nem", "ou"];
    private static readonly HashSet<string> Numerals = ["dois", "duas", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"];

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
}
