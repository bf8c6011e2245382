namespace TriviaApi.Features.Quiz;

/// <summary>
/// How hard a question is, derived from the data rather than guessed:
/// <list type="bullet">
/// <item><b>Person or film</b>: the answer's popularity, its <see cref="QuizCandidate.Mentions"/> (how many facts
/// of the corpus name it), ranked against the other candidates of its kind by mid-rank percentile
/// p = (candidates named less often + half of those named as often) / other candidates.
/// p ≥ 2/3 is easy (among the most-named third), p ≥ 1/3 is medium, anything lower is hard (rarely named).</item>
/// <item><b>Year</b>: how close the distractors are to the answer: easy 5 to 15 years away, medium 2 to 6,
/// hard 1 to 3. A year can be asked at any difficulty; medium when none is asked for.</item>
/// </list>
/// The same inputs always give the same difficulty.
/// </summary>
public static class QuestionDifficulty
{
    public static QuizDifficulty OfPopularity(QuizCandidate answer, CandidatePool candidates)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(candidates);
        var (fewer, asMany, others) = candidates.RankOf(answer);
        if (others == 0)
        {
            return QuizDifficulty.Medium;
        }

        var percentile = (fewer + (asMany / 2.0)) / others;
        return percentile >= 2.0 / 3 ? QuizDifficulty.Easy
            : percentile >= 1.0 / 3 ? QuizDifficulty.Medium
            : QuizDifficulty.Hard;
    }

    /// <summary>How many years away a year question's distractors lie, nearest and farthest.</summary>
    public static (int Nearest, int Farthest) YearDistance(QuizDifficulty difficulty) => difficulty switch
    {
        QuizDifficulty.Easy => (5, 15),
        QuizDifficulty.Hard => (1, 3),
        _ => (2, 6),
    };

    public static string Name(QuizDifficulty difficulty) => difficulty switch
    {
        QuizDifficulty.Easy => "easy",
        QuizDifficulty.Hard => "hard",
        _ => "medium",
    };
}
