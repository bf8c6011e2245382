using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Features.RandomTrivia;

/// <summary>
/// No-repeat sessions: created on request, remembered in the session store (apart from the imported facts, so an
/// import never makes them wait), lapsed after hours without use, the least recently used evicted beyond the cap.
/// </summary>
public sealed class TriviaSessions(SessionStore store, SessionDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    public async Task<TriviaSessionResponse> CreateAsync(CancellationToken cancellationToken)
    {
        store.EnsureWritable();
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new TriviaSession { Token = SessionTokens.Create(), CreatedAt = now, LastUsedAt = now };
        await store.WriteAsync(
            async () =>
            {
                // Lapsed sessions are cleared when new ones are made, so the table stays as small as its live sessions.
                await db.Sessions.Where(s => s.LastUsedAt < now - Lifetime).ExecuteDeleteAsync(cancellationToken);
                db.Sessions.Add(session);
                await db.SaveChangesAsync(cancellationToken);

                // Beyond the cap the least recently used make room: the store is bounded whatever the clients do.
                var excess = await db.Sessions.CountAsync(cancellationToken) - store.MaxSessions;
                if (excess > 0)
                {
                    await db.Sessions.OrderBy(s => s.LastUsedAt).ThenBy(s => s.Id).Take(excess).ExecuteDeleteAsync(cancellationToken);
                }
            },
            cancellationToken);
        return Describe(session, seen: 0);
    }

    /// <summary>The live session with this token, as stored; 404 if there is none or it has lapsed.</summary>
    /// <param name="token">The session's token.</param>
    /// <param name="parameter">The query parameter that named it, if not the path: then a missing session is a 400.</param>
    /// <param name="cancellationToken">Aborts the request.</param>
    public async Task<TriviaSession> FindAsync(string token, string? parameter, CancellationToken cancellationToken)
    {
        store.EnsureWritable();
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Token == token, cancellationToken);
        if (session is null || session.LastUsedAt < clock.GetUtcNow().UtcDateTime - Lifetime)
        {
            throw new MissingResourceException("trivia session", token, parameter, identifiedBy: "token", hint: "It may have lapsed after "
                + $"{Lifetime.TotalHours:0} hours without use; create another with POST /api/v1/trivia/sessions.");
        }

        return session;
    }

    public async Task<TriviaSessionResponse> DescribeAsync(string token, CancellationToken cancellationToken)
    {
        var session = await FindAsync(token, null, cancellationToken);
        await UseAsync(session, cancellationToken);
        return Describe(session, session.SeenCount());
    }

    /// <summary>Forgets what the session has seen, so every fact may come again.</summary>
    public async Task<TriviaSessionResponse> ResetAsync(string token, CancellationToken cancellationToken)
    {
        var session = await FindAsync(token, null, cancellationToken);
        session.Forget();
        await UseAsync(session, cancellationToken);
        return Describe(session, seen: 0);
    }

    public async Task DeleteAsync(string token, CancellationToken cancellationToken)
    {
        var session = await FindAsync(token, null, cancellationToken);
        db.Sessions.Remove(session);
        await store.WriteAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Remembers the facts just drawn, with the session's use, in one write of its row; beyond
    /// <see cref="SessionStore.MaxSeen"/>, the session forgets those it was shown first. Two draws at once in one
    /// session may keep only the later's facts: then a fact may come again, as one forgotten past the cap does.
    /// </summary>
    public Task RememberAsync(TriviaSession session, IReadOnlyCollection<int> factIds, CancellationToken cancellationToken)
    {
        session.Remember(factIds, store.MaxSeen);
        return UseAsync(session, cancellationToken);
    }

    private Task UseAsync(TriviaSession session, CancellationToken cancellationToken)
    {
        session.LastUsedAt = clock.GetUtcNow().UtcDateTime;
        return store.WriteAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);
    }

    private static TriviaSessionResponse Describe(TriviaSession session, int seen) =>
        new(session.Token, DateTime.SpecifyKind(session.CreatedAt, DateTimeKind.Utc), DateTime.SpecifyKind(session.LastUsedAt + Lifetime, DateTimeKind.Utc), seen);
}
