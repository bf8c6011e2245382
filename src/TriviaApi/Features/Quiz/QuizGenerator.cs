using System.Globalization;

namespace TriviaApi.Features.Quiz;

/// <summary>
/// Makes one quiz from a set of facts. Within a quiz no question repeats: each fact gives at most one question, no
/// two questions read the same, and no question's text writes the answer of another.
/// </summary>
public static class QuizGenerator
{
    /// <summary>
    /// Up to <paramref name="count"/> questions, fewer when the facts cannot honestly make more. Facts are tried in
    /// an order <paramref name="random"/> shuffles, so a large corpus should be sampled before it is passed in.
    /// </summary>
    /// <param name="facts">The facts to ask about, already filtered by film or tag.</param>
    /// <param name="people">The corpus's people: distractors for person blanks and the ranking of their popularity.</param>
    /// <param name="films">
    /// The corpus's films: distractors for film blanks, the ranking of their popularity, and the latest year a year
    /// distractor may be.
    /// </param>
    /// <param name="count">How many questions are wanted.</param>
    /// <param name="difficulty">The difficulty wanted, or null for any.</param>
    /// <param name="random">Decides the order of facts and blanks and the order of options.</param>
    public static IReadOnlyList<QuizQuestion> Generate(
        IReadOnlyList<QuizFact> facts,
        CandidatePool people,
        CandidatePool films,
        int count,
        QuizDifficulty? difficulty,
        Random random)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(random);

        var quiz = new List<QuizQuestion>();
        var asked = new List<(QuestionBlank Blank, FactWords Words)>();
        var factOrder = facts.DistinctBy(f => f.Id).ToArray();
        random.Shuffle(factOrder);
        foreach (var fact in factOrder.TakeWhile(_ => quiz.Count < count))
        {
            var blanks = QuestionBlanks.For(fact).ToArray();
            random.Shuffle(blanks);
            foreach (var blank in blanks)
            {
                var words = FactWords.Of(blank.Question);
                if (asked.Any(a => a.Words.Text == blank.Question || Reveals(a.Blank, words) || Reveals(blank, a.Words)))
                {
                    continue;
                }

                var pool = blank.Kind == BlankKind.Person ? people : films;
                if (QuestionBuilder.Build(blank, pool, difficulty, random) is { } question)
                {
                    quiz.Add(question);
                    asked.Add((blank, words));
                    break;
                }
            }
        }

        return quiz;
    }

    /// <summary>Whether a question's text writes the answer of a blank: its year, or a significant word of its name.</summary>
    private static bool Reveals(QuestionBlank blank, FactWords question) =>
        blank switch
        {
            { Year: { } year } => question.Contains(year.ToString(CultureInfo.InvariantCulture)),
            { Entity: { } entity } => QuestionBlanks.NamesOf(entity).SelectMany(FactWords.SignificantWords).Any(question.Contains),
            _ => false,
        };
}
