using Microsoft.AspNetCore.Mvc;
using TriviaApi.Api;

namespace TriviaApi.Features.Quiz;

/// <summary>Multiple-choice quizzes generated from the facts, in Portuguese.</summary>
[ApiController]
[Route("api/v1/quiz")]
public sealed class QuizController(QuizQueries quizzes) : ControllerBase
{
    /// <summary>Makes a quiz from facts drawn at random from those the filters allow.</summary>
    /// <remarks>
    /// Each question is a fact with one person, film or year blanked out, four shuffled options of the same kind, and
    /// the full fact as the explanation. No question repeats within a quiz. Example: <c>/api/v1/quiz?count=5&amp;film=la-la-land</c>.
    /// </remarks>
    /// <response code="200">The quiz (never cached: every call makes a new one).</response>
    [HttpGet]
    public async Task<QuizResponse> Make([FromQuery] QuizQuery query, CancellationToken cancellationToken)
    {
        Response.NeverStore();
        return await quizzes.MakeAsync(query, cancellationToken);
    }

    /// <summary>Checks an answer, for apps that keep the answers off the client (<c>hideAnswers=true</c>).</summary>
    /// <response code="200">Whether it was right, the right option and the fact.</response>
    /// <response code="400">The question id is not one this API gave out, is over a day old, or the answer is not 0 to 3.</response>
    /// <response code="404">The question's fact has since been removed.</response>
    [HttpPost("answers")]
    public async Task<AnswerResult> Check(AnswerRequest answer, CancellationToken cancellationToken) =>
        await quizzes.CheckAsync(answer, cancellationToken);
}
