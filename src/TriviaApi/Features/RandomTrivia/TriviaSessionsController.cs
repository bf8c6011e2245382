using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using TriviaApi.Api;

namespace TriviaApi.Features.RandomTrivia;

/// <summary>
/// No-repeat sessions for random draws. Anonymous: the token is the key, so keep it to yourself. A session lapses
/// after six hours without use.
/// </summary>
[ApiController]
[Route("api/v1/trivia/sessions")]
public sealed class TriviaSessionsController(TriviaSessions sessions) : ControllerBase
{
    /// <summary>Starts a session; pass its token as <c>session</c> to <c>/api/v1/trivia/random</c>.</summary>
    /// <response code="201">The new session, at the <c>Location</c> given.</response>
    /// <response code="429">This client has created too many sessions lately; <c>Retry-After</c> says when to try again.</response>
    [HttpPost]
    [EnableRateLimiting(SessionCreationLimit.Policy)]
    [ProducesResponseType<TriviaSessionResponse>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<CreatedAtActionResult> Create(CancellationToken cancellationToken)
    {
        var session = await sessions.CreateAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { token = session.Token }, session);
    }

    /// <summary>Tells how many facts a session has been shown and when it lapses.</summary>
    /// <param name="token">The session's token.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The session.</response>
    /// <response code="404">No live session has this token.</response>
    [HttpGet("{token}")]
    public async Task<TriviaSessionResponse> Get(string token, CancellationToken cancellationToken)
    {
        Response.NeverStore();
        return await sessions.DescribeAsync(token, cancellationToken);
    }

    /// <summary>Forgets the facts a session has been shown, so they may all come again.</summary>
    /// <param name="token">The session's token.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="200">The session, emptied.</response>
    /// <response code="404">No live session has this token.</response>
    [HttpPost("{token}/reset")]
    public async Task<TriviaSessionResponse> Reset(string token, CancellationToken cancellationToken) =>
        await sessions.ResetAsync(token, cancellationToken);

    /// <summary>Ends a session.</summary>
    /// <param name="token">The session's token.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    /// <response code="204">The session is gone.</response>
    /// <response code="404">No live session has this token.</response>
    [HttpDelete("{token}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<NoContentResult> Delete(string token, CancellationToken cancellationToken)
    {
        await sessions.DeleteAsync(token, cancellationToken);
        return NoContent();
    }
}
