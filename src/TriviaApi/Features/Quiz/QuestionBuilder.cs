using TriviaApi.Domain;
using TriviaApi.Text;

namespace TriviaApi.Features.Quiz;

/// <summary>Turns a blank into a multiple-choice question: the answer, three distractors of its kind, shuffled.</summary>
public static class QuestionBuilder
{
    /// <summary>
    /// Builds the question, or returns null when it cannot be made honestly: fewer than three valid distractors
    /// (options are never padded), or a person or film whose difficulty is not the one asked for.
    /// </summary>
    /// <param name="blank">What to ask, from <see cref="QuestionBlanks.For"/>.</param>
    /// <param name="candidates">
    /// The corpus's people for a person blank, its films for a film blank (the answer and the fact's own entities may
    /// be among them; they are never chosen). They are also what the answer's popularity is ranked against.
    /// For a year blank, the corpus's films: no year distractor is later than the newest of them (or the answer).
    /// </param>
    /// <param name="difficulty">The difficulty wanted, or null for any; see <see cref="QuestionDifficulty"/>.</param>
    /// <param name="random">Shuffles the options and picks year distractors; seed it for repeatable quizzes.</param>
    public static QuizQuestion? Build(QuestionBlank blank, CandidatePool candidates, QuizDifficulty? difficulty, Random random)
    {
        ArgumentNullException.ThrowIfNull(blank);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(random);

        QuizDifficulty actual;
        IReadOnlyList<string> distractors;
        if (blank is { Kind: BlankKind.Year, Year: { } year })
        {
            actual = difficulty ?? QuizDifficulty.Medium;
            var newestFilm = candidates.NewestYear ?? FilmYears.Last;
            distractors = Distractors.Years(blank, year, actual, Math.Max(newestFilm, year), random);
        }
        else if (blank is { Kind: BlankKind.Person or BlankKind.Film, Entity: { } answer })
        {
            actual = QuestionDifficulty.OfPopularity(answer, candidates);
            if (difficulty is not null && difficulty != actual)
            {
                return null;
            }

            distractors = blank.Kind == BlankKind.Person
                ? Distractors.People(blank, answer, candidates)
                : Distractors.Films(blank, answer, candidates);
        }
        else
        {
            return null;
        }

        if (distractors.Count < Distractors.Needed)
        {
            return null;
        }

        var options = distractors.Prepend(blank.Answer).ToArray();
        random.Shuffle(options);
        var correctIndex = Array.FindIndex(options, o => TextFolding.MatchKey(o) == TextFolding.MatchKey(blank.Answer));
        return new QuizQuestion(
            KindName(blank.Kind),
            blank.Question,
            options,
            correctIndex,
            blank.Fact.Text,
            blank.Fact.Id,
            QuestionDifficulty.Name(actual));
    }

    /// <summary>What a blank can stand for, as questions name it.</summary>
    public static readonly string[] Kinds = [.. Enum.GetValues<BlankKind>().Select(KindName)];

    private static string KindName(BlankKind kind) => kind switch
    {
        BlankKind.Person => "person",
        BlankKind.Film => "film",
        _ => "year",
    };
}
