namespace TriviaApi.Features.RandomTrivia;

/// <summary>A no-repeat session: pass its token as <c>session</c> to <c>/api/v1/trivia/random</c>.</summary>
/// <param name="Token">The session's secret token; whoever holds it can use the session.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="ExpiresAt">When it lapses unless used before (UTC); every use pushes this back.</param>
/// <param name="Seen">How many facts it remembers having shown since it was created or reset (at most the server's cap, 1,000 by default).</param>
public sealed record TriviaSessionResponse(string Token, DateTime CreatedAt, DateTime ExpiresAt, int Seen);
