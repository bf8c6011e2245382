namespace TriviaApi.Extraction;

/// <summary>
/// "em Um Bom Ano (2006), O Gângster (2007), Rede de Mentiras e Robin Hood": the items of a list that holds two or
/// more films are titles too, dated or not, unless something says one is a person's name.
/// </summary>
internal static class ListsOfFilms
{
    private const int FilmsThatMakeAListOfFilms = 2;

    public static void DropTitlesListedWithFilms(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, List<NameRun> runs)
    {
        // Most facts name fewer films than a list needs.
        if (films.Count >= FilmsThatMakeAListOfFilms)
        {
            DropTitlesListedWithTwoFilmsOrMore(tokens, films, runs);
        }
    }

    // Apart from the check above: its lambdas capture the tokens, which would cost every fact a closure.
    private static void DropTitlesListedWithTwoFilmsOrMore(IReadOnlyList<Token> tokens, IReadOnlyList<FilmSpan> films, List<NameRun> runs)
    {
        var items = runs.Select(r => (Start: tokens[r.First].Start, End: tokens[r.Last].End, Run: (NameRun?)r))
            .Concat(films.Select(f => (f.Start, f.End, Run: (NameRun?)null)))
            .OrderBy(i => i.Start)
            .ToList();

        var list = new List<int> { 0 };
        for (var i = 1; i <= items.Count; i++)
        {
            if (i < items.Count && OnlySeparatorsBetween(tokens, items[i - 1].End, items[i].Start))
            {
                list.Add(i);
                continue;
            }

            if (list.Count(k => items[k].Run is null) >= FilmsThatMakeAListOfFilms)
            {
                // "com Robert Pattinson e Willem Dafoe, O Homem do Norte (2022) e Nosferatu (2024)": names after "com"
                // are a cast, up to the first film.
                var cast = items[list[0]].Run is { } opening && opening.First > 0 && tokens[opening.First - 1].IsLowercaseWord && tokens[opening.First - 1].Folded == "com"
                    ? list.TakeWhile(k => items[k].Run is not null).Select(k => items[k].Run).ToHashSet()
                    : [];
                foreach (var run in list.Select(k => items[k].Run).OfType<NameRun>().Where(r => r.Professions.Count == 0 && r.Cue == CharacterCue.None && !cast.Contains(r)).ToList())
                {
                    runs.Remove(run);
                }
            }

            list = [i];
        }
    }

    private static bool OnlySeparatorsBetween(IReadOnlyList<Token> tokens, int end, int start)
    {
        var between = tokens.Where(t => t.Start >= end && t.End <= start).ToList();
        return between.Count is 1 or 2 && between.All(t => t.Is(",") || (t.IsLowercaseWord && t.Folded == "e")) && !(between.Count == 2 && between[0].Folded == "e");
    }
}
