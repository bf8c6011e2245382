using System.Globalization;
using System.Text;

namespace TriviaApi.Features.Quiz;

/// <summary>
/// Finds what a fact can be asked about: a person or a film it names, or a year it writes. A blank is refused
/// when the rest of the sentence would give the answer away:
/// <list type="bullet">
/// <item>a significant word of the answer (three letters or more, not a function word) is still written outside
/// the blanks: "Moura" after blanking "Wagner Moura", "Elite" after blanking "Tropa de Elite 2";</item>
/// <item>the answer is written inside, or across, another name or title of the fact ("Carol" inside "Carol Burnett",
/// "Homem" inside "Homem-Aranha"), or is written only in lower case;</item>
/// <item>a film's year is still written after blanking the film (options show years); the "(Year)" right after the
/// title is blanked with it;</item>
/// <item>a year is part of a name or title ("2001: Uma Odisseia no Espaço");</item>
/// <item>the answer is made of everyday words only ("Ela", "Up") and the text does not date it as a film;</item>
/// <item>fewer than three words are left to read.</item>
/// </list>
/// Every occurrence of the answer is blanked, and the rest of the text is kept verbatim.
/// </summary>
public static class QuestionBlanks
{
    private const int FewestWordsLeft = 3;

    public static IReadOnlyList<QuestionBlank> For(QuizFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var words = FactWords.Of(fact.Text);
        var entities = fact.People.DistinctBy(p => p.Id).Select(p => (Kind: BlankKind.Person, Candidate: p))
            .Concat(fact.Films.DistinctBy(f => f.Id).Select(f => (Kind: BlankKind.Film, Candidate: f)))
            .Select(e => (e.Kind, e.Candidate, Spans: SpansOf(words, e.Candidate)))
            .ToList();

        var blanks = new List<QuestionBlank>();
        for (var i = 0; i < entities.Count; i++)
        {
            var (kind, candidate, spans) = entities[i];
            var others = entities.Where((_, j) => j != i).SelectMany(e => e.Spans).ToList();
            if (spans.Count == 0 || spans.Any(s => others.Any(s.Overlaps)))
            {
                continue;
            }

            var blanked = kind == BlankKind.Film ? spans.Select(s => WithYearAfter(fact.Text, s)).ToList() : spans;
            var giveaways = NamesOf(candidate).SelectMany(FactWords.SignificantWords).ToHashSet();
            if (kind == BlankKind.Film)
            {
                if (candidate.Year is not { } year)
                {
                    continue;
                }

                giveaways.Add(year.ToString(CultureInfo.InvariantCulture));
            }

            if (LeavesEnough(words, blanked, giveaways))
            {
                var profession = kind == BlankKind.Person ? StatedProfession(words, spans) : null;
                blanks.Add(new QuestionBlank(fact, kind, candidate, null, Blank(fact.Text, blanked), profession));
            }
        }

        var entitySpans = entities.SelectMany(e => e.Spans).ToList();
        foreach (var year in words.Words.Select(w => QuizVocabulary.YearOf(w.Folded)).OfType<int>().Distinct())
        {
            var spans = words.Words.Where(w => QuizVocabulary.YearOf(w.Folded) == year).Select(w => new TextSpan(w.Start, w.End)).ToList();
            if (!spans.Any(s => entitySpans.Any(s.Overlaps)) && LeavesEnough(words, spans, []))
            {
                blanks.Add(new QuestionBlank(fact, BlankKind.Year, null, year, Blank(fact.Text, spans), null));
            }
        }

        return blanks;
    }

    internal static IEnumerable<string> NamesOf(QuizCandidate candidate) =>
        candidate.OriginalTitle is { } original ? [candidate.Name, original] : [candidate.Name];

    /// <summary>Where the text writes a candidate under any of its names; overlapping finds merge into one span.</summary>
    private static List<TextSpan> SpansOf(FactWords words, QuizCandidate candidate)
    {
        // A name made of everyday words ("Ela", "Up") is only surely the film where the text dates it.
        var isEveryday = !NamesOf(candidate).SelectMany(FactWords.SignificantWords).Any();
        var found = NamesOf(candidate).SelectMany(words.Find)
            .Where(s => !isEveryday || (candidate.Year is not null && WithYearAfter(words.Text, s) != s));
        var merged = new List<TextSpan>();
        foreach (var span in found.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (merged.Count > 0 && merged[^1].Overlaps(span))
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <summary>Stretches a title's span over the "(2015)" that dates it, which would otherwise point at the answer.</summary>
    private static TextSpan WithYearAfter(string text, TextSpan title)
    {
        var i = title.End;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var isDated = i + 5 < text.Length && text[i] == '(' && text[i + 5] == ')'
            && text.AsSpan(i + 1, 4).ToString().All(char.IsAsciiDigit);
        return isDated ? title with { End = i + 6 } : title;
    }

    private static bool LeavesEnough(FactWords words, IReadOnlyCollection<TextSpan> blanked, HashSet<string> giveaways)
    {
        var left = words.Outside(blanked).ToList();
        return !left.Any(w => giveaways.Contains(w.Folded))
            && left.Count(w => !w.Folded.All(char.IsDigit)) >= FewestWordsLeft;
    }

    /// <summary>The role noun written right before the person ("o compositor ____"), if any.</summary>
    private static string? StatedProfession(FactWords words, IReadOnlyList<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            var before = words.Words.LastOrDefault(w => w.End <= span.Start);
            if (before.Folded is not null && string.IsNullOrWhiteSpace(words.Text[before.End..span.Start])
                && QuizVocabulary.IsRoleNoun(before.Folded))
            {
                return before.Folded;
            }
        }

        return null;
    }

    private static string Blank(string text, IEnumerable<TextSpan> spans)
    {
        var question = new StringBuilder(text.Length);
        var next = 0;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            question.Append(text, next, span.Start - next).Append(QuizVocabulary.BlankMarker);
            next = span.End;
        }

        return question.Append(text, next, text.Length - next).ToString();
    }
}
