using TriviaApi.Facts;
using TriviaApi.Search.Querying;

namespace TriviaApi.Features.RandomTrivia;

/// <summary>Random draws from the filtered facts, within a no-repeat session when one is given.</summary>
public sealed class RandomTriviaQueries(FilteredFacts filtered, TriviaSessions sessions, FactResponses responses)
{
    public async Task<RandomTrivia> DrawAsync(RandomTriviaQuery query, CancellationToken cancellationToken)
    {
        var pool = filtered.Pool(query);
        var session = query.Session is null ? null : await sessions.FindAsync(query.Session, "session", cancellationToken);
        var ids = (session is null ? pool : pool.Without(session.SeenFacts())).Draw(query.Count, Random.Shared);
        if (session is not null)
        {
            await sessions.RememberAsync(session, ids, cancellationToken);
        }

        var exhausted = ids.Count < query.Count;
        var message = !exhausted ? null : Shortfall(ids.Count, pool, session?.Token);
        return new RandomTrivia(responses.Project(ids), session?.Token, exhausted, message);
    }

    private static string Shortfall(int drawn, MatchingFacts pool, string? session)
    {
        if (session is null || pool.Count == 0)
        {
            return drawn == 0 ? "No fact matches these filters." : $"Only {drawn} facts match these filters.";
        }

        var reset = $"Reset it with POST /api/v1/trivia/sessions/{session}/reset, or change the filters.";
        return drawn == 0
            ? $"This session has been shown every fact that matches these filters. {reset}"
            : $"These were the last {drawn} facts matching these filters that this session had not been shown. {reset}";
    }
}
