using TriviaApi.Domain;
using TriviaApi.Text;

namespace TriviaApi.Features.Quiz;

/// <summary>
/// Chooses the wrong options of a question. A distractor is never the answer, never an entity the fact links or
/// writes (it might be correct too), and never shares a name with another option.
/// </summary>
internal static class Distractors
{
    public const int Needed = 3;

    /// <summary>
    /// People with the answer's profession first (the stated one is required), then the closest in popularity;
    /// never one whose professions give the other grammatical gender.
    /// </summary>
    public static IReadOnlyList<string> People(QuestionBlank blank, QuizCandidate answer, CandidatePool pool)
    {
        var professions = answer.FoldedProfessions.ToHashSet();
        var genders = answer.Genders;
        return Choose(
            blank,
            Nearest(
                pool.All.Where(c => blank.StatedProfession is null || c.FoldedProfessions.Contains(blank.StatedProfession))
                    .Where(c => genders.Count == 0 || c.Genders.All(genders.Contains)),
                c => (c.FoldedProfessions.Any(professions.Contains) ? 0 : 1, Math.Abs(c.Mentions - answer.Mentions), c.Id)),
            c => c.Name);
    }

    /// <summary>Films from the nearest years first, then the closest in popularity; never one with the answer's title.</summary>
    public static IReadOnlyList<string> Films(QuestionBlank blank, QuizCandidate answer, CandidatePool pool)
    {
        if (answer.Year is not { } year)
        {
            // An undated answer would be the one option without a year.
            return [];
        }

        return Choose(blank, pool.NearestTo(year, answer.Mentions).Where(c => c.NameKey != answer.NameKey), QuestionBlank.FilmOption);
    }

    /// <summary>
    /// Years at the difficulty's distance from the answer, none of them a year the fact writes, and none after
    /// <paramref name="latest"/>: a film "from" a year still to come would be nonsense.
    /// </summary>
    public static IReadOnlyList<string> Years(QuestionBlank blank, int answer, QuizDifficulty difficulty, int latest, Random random)
    {
        var written = FactWords.Of(blank.Fact.Text).Words.Select(w => QuizVocabulary.YearOf(w.Folded)).OfType<int>().ToHashSet();
        var (nearest, farthest) = QuestionDifficulty.YearDistance(difficulty);
        var years = Enumerable.Range(nearest, farthest - nearest + 1)
            .SelectMany(d => new[] { answer - d, answer + d })
            .Where(y => y >= FilmYears.First && y <= Math.Min(latest, FilmYears.Last) && !written.Contains(y))
            .ToArray();
        random.Shuffle(years);
        return years.Take(Needed).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>
    /// The candidates by <paramref name="distance"/>, smallest first, as far as they are read: a question needs a few
    /// of the whole pool, so they are kept in a heap (built in one pass) rather than sorted.
    /// </summary>
    private static IEnumerable<QuizCandidate> Nearest(IEnumerable<QuizCandidate> candidates, Func<QuizCandidate, (int, int, int)> distance)
    {
        var nearest = new PriorityQueue<QuizCandidate, (int, int, int)>(candidates.Select(c => (c, distance(c))));
        while (nearest.TryDequeue(out var candidate, out _))
        {
            yield return candidate;
        }
    }

    private static List<string> Choose(QuestionBlank blank, IEnumerable<QuizCandidate> ordered, Func<QuizCandidate, string> option)
    {
        var linkedIds = (blank.Kind == BlankKind.Person ? blank.Fact.People : blank.Fact.Films).Select(c => c.Id).ToHashSet();
        var takenNames = blank.Fact.People.Concat(blank.Fact.Films).SelectMany(QuestionBlanks.NamesOf).Select(TextFolding.MatchKey).ToHashSet();
        var questionWords = FactWords.Of(blank.Question);
        var chosen = new List<string>();
        foreach (var candidate in ordered)
        {
            var names = QuestionBlanks.NamesOf(candidate).Select(TextFolding.MatchKey).ToList();
            var isUsable = !linkedIds.Contains(candidate.Id)
                && names.All(n => n.Length > 0 && !takenNames.Contains(n))
                && !QuestionBlanks.NamesOf(candidate).SelectMany(FactWords.SignificantWords).Any(questionWords.Contains);
            if (isUsable)
            {
                chosen.Add(option(candidate));
                takenNames.UnionWith(names);
            }

            if (chosen.Count == Needed)
            {
                break;
            }
        }

        return chosen;
    }
}
