namespace TriviaApi.Domain;

/// <summary>
/// A client's memory of the facts it has been shown, so random draws do not repeat. Anonymous: whoever holds the
/// token owns the session, and it lapses after hours without use.
/// </summary>
public sealed class TriviaSession
{
    public int Id { get; set; }

    /// <summary>Unguessable (128 random bits, base64url), so one client cannot read or exhaust another's session.</summary>
    public required string Token { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime LastUsedAt { get; set; }
}
