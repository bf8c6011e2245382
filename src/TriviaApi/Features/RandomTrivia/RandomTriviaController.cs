using Microsoft.AspNetCore.Mvc;
using TriviaApi.Api;

namespace TriviaApi.Features.RandomTrivia;

/// <summary>Trivia facts drawn at random, for apps that show one fact at a time.</summary>
[ApiController]
[Route("api/v1/trivia/random")]
public sealed class RandomTriviaController(RandomTriviaQueries random) : ControllerBase
{
    /// <summary>Draws distinct facts at random from those the filters allow.</summary>
    /// <remarks>
    /// Every call draws afresh, uniformly. With <c>session</c>, no fact comes twice in the session until the filtered
    /// facts run out: then <c>items</c> is empty, <c>exhausted</c> is true and <c>message</c> says how to reset.
    /// Example: <c>/api/v1/trivia/random?count=3&amp;tag=music</c>.
    /// </remarks>
    /// <response code="200">The facts drawn (never cached).</response>
    /// <response code="400">A parameter is invalid, or the session does not exist or has lapsed.</response>
    [HttpGet]
    public async Task<RandomTrivia> Draw([FromQuery] RandomTriviaQuery query, CancellationToken cancellationToken)
    {
        Response.NeverStore();
        return await random.DrawAsync(query, cancellationToken);
    }
}
