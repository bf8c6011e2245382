using System.Text.RegularExpressions;

namespace TriviaApi.Extraction;

/// <summary>Finds titles already known to the file (the subject's, or ones dated elsewhere) written without a year.</summary>
internal static class KnownTitleFinder
{
    public static IEnumerable<FilmSpan> Find(string text, IEnumerable<(string Title, FilmMention Film, bool IsSubject)> knownTitles, IReadOnlyList<FilmSpan> found)
    {
        var taken = found.ToList();
        foreach (var (title, film, isSubject) in knownTitles.OrderByDescending(k => k.Title.Length))
        {
            var pattern = $@"(?<![\p{{L}}\d]){Regex.Escape(title)}(?![\p{{L}}\d])";
            foreach (Match match in Regex.Matches(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            {
                var span = new FilmSpan(film, match.Index, match.Index + match.Length, isSubject);
                if (!taken.Any(t => t.Start < span.End && span.Start < t.End))
                {
                    taken.Add(span);
                    yield return span;
                }
            }
        }
    }
}
