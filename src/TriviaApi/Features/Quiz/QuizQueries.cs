using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Facts;

namespace TriviaApi.Features.Quiz;

/// <summary>Makes quizzes from a random sample of the filtered facts, and checks answers.</summary>
public sealed class QuizQueries(TriviaDbContext db, FilteredFacts filtered, QuestionTokens tokens, QuizCandidates candidates)
{
    // Not every fact makes a question (nothing to blank, a give-away, too few distractors), so more are sampled.
    private const int FactsPerQuestion = 5;

    public async Task<QuizResponse> MakeAsync(QuizQuery query, CancellationToken cancellationToken)
    {
        var pool = filtered.Pool(query);
        var ids = pool.Draw(query.Count * FactsPerQuestion, Random.Shared);
        var known = await candidates.GetAsync(db, cancellationToken);
        var facts = await FactsAsync(ids, known, cancellationToken);

        var questions = QuizGenerator.Generate(facts, known.People, known.Films, query.Count, query.DifficultyLevel, Random.Shared)
            .Select(q => new QuizQuestionResponse(
                tokens.Write(q),
                q.Kind,
                q.Question,
                q.Options,
                q.Difficulty,
                query.HideAnswers ? null : q.CorrectIndex,
                query.HideAnswers ? null : q.Explanation,
                query.HideAnswers ? null : FactUrl(q.FactId)))
            .ToList();
        var message = questions.Count == query.Count ? null
            : ids.Count == 0 ? "No trivia fact matches these filters."
            : $"These facts made {questions.Count} of the {query.Count} questions asked{(query.Difficulty is null ? "" : $" at {query.Difficulty} difficulty")}: not every fact names a person, film or year that can be blanked without the sentence giving it away.";
        return new QuizResponse(questions, message);
    }

    public async Task<AnswerResult> CheckAsync(AnswerRequest answer, CancellationToken cancellationToken)
    {
        tokens.TryRead(answer.Question!, out var key);
        var explanation = await db.Facts.Where(f => f.Id == key.FactId).Select(f => f.Text).SingleOrDefaultAsync(cancellationToken)
            ?? throw new MissingResourceException("trivia fact", key.FactId.ToString(System.Globalization.CultureInfo.InvariantCulture), identifiedBy: "id",
                hint: "The question's fact was removed by an import since the quiz was made.");
        return new AnswerResult(answer.Answer == key.Correct, key.Correct, key.Options[key.Correct], explanation, FactUrl(key.FactId));
    }

    private static string FactUrl(int id) => $"/api/v1/trivia/{id}";

    private async Task<List<QuizFact>> FactsAsync(List<int> ids, QuizCandidates.Snapshot known, CancellationToken cancellationToken)
    {
        var rows = await db.Facts.Where(f => ids.Contains(f.Id))
            .Select(f => new { f.Id, f.Text, f.FilmId, People = f.People.Select(m => m.PersonId).ToList(), Films = f.Films.Select(m => m.FilmId).ToList() })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(r => new QuizFact(
                r.Id,
                r.Text,
                // An import that commits between the candidates' read and this one may link what they do not hold yet.
                r.People.Select(known.PeopleById.GetValueOrDefault).OfType<QuizCandidate>().ToList(),
                r.Films.Append(r.FilmId).Distinct().Select(known.FilmsById.GetValueOrDefault).OfType<QuizCandidate>().ToList()))
            .ToList();
    }
}
