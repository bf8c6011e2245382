using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// "Em 2002, o indiano Sanjay Gupta lançou Kaante, refilmagem ...", "O livro virou filme em 1984: Memórias do Cárcere":
/// a title without a year of its own, right after a verb of making or releasing a film (or a kind of film), takes the
/// one year the sentence gives with "em". A sentence of more than one year dates nothing this way.
/// </summary>
internal static class SentenceYearTitles
{
    /// <summary>Verbs whose object is the film made or released: "lançou Kaante", "dirigiu a refilmagem ...".</summary>
    private static readonly HashSet<string> MakingVerbs = Lexicon.Folded(
        "lançou", "lançaria", "lançam", "lançaram", "dirigiu", "dirigiria", "dirigiram", "rodou", "rodaria", "rodaram",
        "filmou", "filmaria", "filmaram", "estrelou", "estrelaria", "estrelaram", "protagonizou", "protagonizaria",
        "exibiu", "produziu", "roteirizou", "codirigiu");

    /// <summary>Words that say the film came out in the sentence's year, where a kind of film names it ("o curta X foi exibido").</summary>
    private static readonly HashSet<string> ReleaseWords = Lexicon.Folded(
        "lançado", "lançada", "lançou", "exibido", "exibida", "exibiu", "estreou", "estreado", "estreada", "rodado", "rodada",
        "rodou", "filmado", "filmada", "filmou", "dirigido", "dirigida", "dirigiu", "realizado", "realizada", "chegou");

    /// <summary>Kinds of film a title follows: "o curta O Encontro de Carl", "a refilmagem Laal Singh Chaddha".</summary>
    private static readonly HashSet<string> FilmKinds = Lexicon.Folded(
        "filme", "longa", "curta", "média", "documentário", "cinebiografia", "refilmagem", "remake", "animação", "derivado",
        "continuação", "sequência");

    /// <summary>Shows that are no film, beside the kinds of work <see cref="Lexicon.WorksOtherThanFilms"/> holds: "atração dos parques".</summary>
    private static readonly HashSet<string> ShowsOtherThanFilms = Lexicon.Folded("atração", "show", "turnê", "espetáculo", "exposição");

    private static readonly HashSet<string> Articles = ["o", "a", "um", "uma"];

    /// <summary>Articles, alone or in a contraction, before a kind of film: "o curta", "no curta", "uma refilmagem".</summary>
    private static readonly HashSet<string> ArticlesBeforeAKind = ["o", "a", "um", "uma", "no", "na", "num", "numa", "do", "da", "pelo", "pela", "ao"];

    /// <summary>Films made from another: "ganhou uma refilmagem japonesa, X" says a film came out without a word of release.</summary>
    private static readonly HashSet<string> DerivedKinds = Lexicon.Folded("refilmagem", "remake", "continuação", "sequência", "derivado");

    /// <summary>Verbs of coming out before "em YEAR:", where the sentence speaks of a film: "O segundo filme saiu em 1957: X".</summary>
    private static readonly HashSet<string> OutVerbs = Lexicon.Folded("saiu", "estreou", "chegou", "lançado", "lançada", "estreado", "estreada");
    private static readonly HashSet<string> WordsOfTheScreen = ["filme", "cinema", "cinemas", "telas"];
    private static readonly HashSet<string> ConnectorsBeforeACredit = ["com", "de", "do", "da", "em", "por", "para", "ao"];

    public static IEnumerable<FilmSpan> Find(string text, IReadOnlyList<Token> tokens) =>
        // Only a fact with a year can date a title; most facts have none, and no iterator is made for them.
        ContainsAYear(tokens) ? Titles(text, tokens) : [];

    private static bool ContainsAYear(IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (YearOf(token) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<FilmSpan> Titles(string text, IReadOnlyList<Token> tokens)
    {
        for (var start = 0; start < tokens.Count;)
        {
            var end = start + 1;
            while (end < tokens.Count && !tokens[end].StartsSentence)
            {
                end++;
            }

            if (TheSentencesYear(tokens, start, end) is var (year, yearAt))
            {
                var releases = ReleasesInTheSentence(tokens, start, end);
                var otherWork = NamesAWorkOtherThanAFilm(tokens, start, end);
                for (var at = start; at < end; at++)
                {
                    if (TitleSlotAfter(tokens, at, yearAt, releases, otherWork) is { } slot && TitleFrom(tokens, slot, end) is { } last)
                    {
                        var (from, to) = (tokens[slot].Start, tokens[last].End);
                        yield return new FilmSpan(new FilmMention(text[from..to], null, year), from, to, false, $"title after \"{tokens[at].Text}\" in a sentence of {year}");
                    }
                }
            }

            start = end;
        }
    }

    /// <summary>
    /// "o Pink Floyd lançou The Dark Side of the Moon, e fãs passaram a tocar o disco", "Série: a animação ...": a
    /// sentence, or the label of its line, about another kind of work.
    /// </summary>
    private static bool NamesAWorkOtherThanAFilm(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var at = 0; at < end; at++)
        {
            var label = tokens[at].InLabel || (at == 0 && tokens.Count > 1 && tokens[1].Is(":"));
            if (at < start && !label)
            {
                continue;
            }

            var word = label ? tokens[at].Folded.ToLowerInvariant() : tokens[at].Folded;
            // "a música que marcou suas vidas": music is what films are about too often to say the work is a record.
            if ((tokens[at].IsLowercaseWord || label) && (Lexicon.WorksOtherThanFilms.Contains(word) || ShowsOtherThanFilms.Contains(word)) && word is not ("musica" or "cancao"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence's one year, given with "em" ("Em 2002,", "em 1984:"); none when it gives two years or more.</summary>
    private static (int Year, int At)? TheSentencesYear(IReadOnlyList<Token> tokens, int start, int end)
    {
        (int Year, int At)? found = null;
        for (var at = start; at < end; at++)
        {
            if (YearOf(tokens[at]) is not { } year)
            {
                continue;
            }

            if (found is not null || at == start || tokens[at - 1].Folded != "em")
            {
                return null;
            }

            found = (year, at);
        }

        return found;
    }

    private static int? YearOf(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && int.TryParse(token.Text, out var year) && Domain.FilmYears.Contains(year) ? year : null;

    private static bool ReleasesInTheSentence(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var at = start; at < end; at++)
        {
            if (tokens[at].IsLowercaseWord && ReleaseWords.Contains(tokens[at].Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a title opens after the token at <paramref name="at"/>, if that token makes a slot for one.</summary>
    /// <param name="tokens">The fact's tokens.</param>
    /// <param name="at">The token that may make the slot.</param>
    /// <param name="yearAt">Where the sentence's year is.</param>
    /// <param name="releases">Whether the sentence says a film came out.</param>
    /// <param name="otherWork">Whether the sentence names a kind of work other than a film, whose making the verbs may be of.</param>
    private static int? TitleSlotAfter(IReadOnlyList<Token> tokens, int at, int yearAt, bool releases, bool otherWork)
    {
        var token = tokens[at];
        if (!otherWork && token.IsLowercaseWord && MakingVerbs.Contains(token.Folded))
        {
            // "lançou ainda Correspondente Estrangeiro": an adverb may follow the verb; "lançou a refilmagem Laal Singh
            // Chaddha": an article and a kind of film may come between.
            var next = at + 1 < tokens.Count && tokens[at + 1].IsLowercaseWord && Lexicon.Adverbs.Contains(tokens[at + 1].Folded) ? at + 2 : at + 1;
            if (next + 1 < tokens.Count && tokens[next].IsLowercaseWord && Articles.Contains(tokens[next].Folded) && FilmKinds.Contains(tokens[next + 1].Folded))
            {
                next += 2;
            }

            return next;
        }

        // "o curta O Encontro de Carl (Carl's Date) foi exibido", "voltaram no curta O Carro Novo": a kind of film after
        // an article, where the film came out; "ganhou uma refilmagem japonesa, Ghost: ...": a film made from another
        // needs no word of release, and may be described before its title.
        if (!otherWork && token.IsLowercaseWord && FilmKinds.Contains(token.Folded) && at > 0 && tokens[at - 1].IsLowercaseWord && ArticlesBeforeAKind.Contains(tokens[at - 1].Folded))
        {
            var derived = DerivedKinds.Contains(token.Folded);
            var next = derived && at + 2 < tokens.Count && tokens[at + 1].IsLowercaseWord && !Lexicon.IsFunctionWord(tokens[at + 1]) && tokens[at + 2].Is(",") ? at + 3 : at + 1;
            return releases || derived ? next : null;
        }

        // "virou filme em 1984: Memórias do Cárcere", "O segundo filme saiu em 1957: Rio, Zona Norte".
        return at == yearAt + 1 && token.Is(":") && yearAt >= 2 && tokens[yearAt - 1].Folded == "em"
            && (WordsOfTheScreen.Contains(tokens[yearAt - 2].Folded) || (OutVerbs.Contains(tokens[yearAt - 2].Folded) && SpeaksOfAFilm(tokens, yearAt))) ? at + 1 : null;
    }

    /// <summary>A kind of film before <paramref name="before"/> in its sentence: "O segundo filme saiu em 1957".</summary>
    private static bool SpeaksOfAFilm(IReadOnlyList<Token> tokens, int before)
    {
        for (var at = before - 1; at >= 0; at--)
        {
            if (tokens[at].IsLowercaseWord && FilmKinds.Contains(tokens[at].Folded))
            {
                return true;
            }

            if (tokens[at].StartsSentence)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>The last token of the title opening at <paramref name="first"/>, or none where no title opens there or a person does.</summary>
    private static int? TitleFrom(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (first >= end || !(tokens[first].IsCapitalizedWord || (tokens[first].Kind == TokenKind.Number && first + 1 < end && tokens[first + 1].IsNameToken)))
        {
            return null;
        }

        var last = first;
        for (var at = first + 1; at < end; at++)
        {
            if (OpensACredit(tokens, at, end))
            {
                break;
            }

            if (!FilmTitleFinder.CanBelongToTitle(tokens[at]) && !TitleEdges.IsSubtitleComma(tokens, at))
            {
                break;
            }

            if (tokens[at].IsNameToken || tokens[at].Kind == TokenKind.Number)
            {
                last = at;
            }
        }

        // A dated title is the year-in-parentheses finder's; a person after a verb of making ("dirigiu Fernanda
        // Montenegro") is no title.
        var dated = last + 2 < tokens.Count && tokens[last + 1].Is("(") && YearOf(tokens[last + 2]) is not null;
        return dated || NamesAPerson(tokens, first, last) ? null : last;
    }

    /// <summary>"dirigiu Orfeu com Toni Garrido": a preposition before a person's name ends the title.</summary>
    private static bool OpensACredit(IReadOnlyList<Token> tokens, int at, int end) =>
        tokens[at].IsLowercaseWord && ConnectorsBeforeACredit.Contains(tokens[at].Folded)
        && at + 2 < end && tokens[at + 1].IsCapitalizedWord && GivenNames.Contains(tokens[at + 1].Folded) && tokens[at + 2].IsNameToken;

    private static bool NamesAPerson(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (!GivenNames.Contains(tokens[first].Folded) || last - first is < 1 or > 3)
        {
            return false;
        }

        for (var at = first; at <= last; at++)
        {
            if (!tokens[at].IsNameToken && !Lexicon.NameParticles.Contains(tokens[at].Folded))
            {
                return false;
            }
        }

        return true;
    }
}
