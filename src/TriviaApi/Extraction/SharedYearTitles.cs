using TriviaApi.Text;

namespace TriviaApi.Extraction;

/// <summary>
/// "superou Taxi Driver, Rede de Intrigas e Esta Terra É Minha Terra, todos lançados em 1976": a list of titles closed
/// by one year for all of them names that many films of that year.
/// </summary>
internal static class SharedYearTitles
{
    private static readonly HashSet<string> AllOfThem = ["todos", "todas", "ambos", "ambas"];
    private static readonly HashSet<string> WordsBeforeTheYear = ["lancados", "lancadas", "estreados", "estreadas", "de", "do", "em", "no", "ano", "os", "as", "filmes"];
    private const int MaxWordsBeforeTheYear = 4;

    public static IEnumerable<FilmSpan> Find(string text, IReadOnlyList<Token> tokens) =>
        // The list ends at a comma: a fact without one has none, and no iterator is made for it.
        text.Contains(',') ? ListedTitles(text, tokens) : [];

    private static IEnumerable<FilmSpan> ListedTitles(string text, IReadOnlyList<Token> tokens)
    {
        for (var comma = 1; comma + 2 < tokens.Count; comma++)
        {
            if (tokens[comma].Is(",") && AllOfThem.Contains(tokens[comma + 1].Folded) && YearAfter(tokens, comma + 2) is { } year)
            {
                var titles = TitlesBefore(tokens, comma);
                if (titles.Count >= 2)
                {
                    var cue = $"list of titles before \"{tokens[comma + 1].Text} … {year}\"";
                    foreach (var (first, last) in titles)
                    {
                        var (start, end) = (tokens[first].Start, tokens[last].End);
                        yield return new FilmSpan(new FilmMention(text[start..end], null, year), start, end, false, cue);
                    }
                }
            }
        }
    }

    private static int? YearAfter(IReadOnlyList<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Count && i < from + MaxWordsBeforeTheYear + 1; i++)
        {
            if (tokens[i].Kind == TokenKind.Number)
            {
                return tokens[i].Text.Length == 4 && int.TryParse(tokens[i].Text, out var year) && Domain.FilmYears.Contains(year) ? year : null;
            }

            if (!(tokens[i].IsLowercaseWord && WordsBeforeTheYear.Contains(tokens[i].Folded)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The titles of a list ending before <paramref name="end"/>, parted by commas and by "e" before a capital.</summary>
    private static List<(int First, int Last)> TitlesBefore(IReadOnlyList<Token> tokens, int end)
    {
        var titles = new List<(int First, int Last)>();
        var last = end - 1;
        var i = last;
        for (; i >= 0; i--)
        {
            var separates = tokens[i].Is(",") || (tokens[i].IsLowercaseWord && tokens[i].Folded == "e" && i + 1 <= last && tokens[i + 1].IsNameToken);
            if (separates)
            {
                Close(i + 1);
                last = i - 1;
                continue;
            }

            if (!FilmTitleFinder.CanBelongToTitle(tokens[i]))
            {
                break;
            }

            if (tokens[i].StartsSentence)
            {
                i--;
                break;
            }
        }

        Close(i + 1);
        titles.Reverse();
        return titles.All(t => t.First <= t.Last) ? titles : [];

        void Close(int first)
        {
            first = FilmTitleFinder.SkipToTitleStart(tokens, first, last);
            var endsWell = first <= last && (tokens[last].IsNameToken || tokens[last].Kind == TokenKind.Number);
            titles.Add(endsWell ? (first, last) : (1, 0));
        }
    }
}
