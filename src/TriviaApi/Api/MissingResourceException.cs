namespace TriviaApi.Api;

/// <summary>
/// A film, person, tag, fact or session that does not exist. Named in the path it is a 404; named by a query
/// parameter (<see cref="Parameter"/>) it is a 400, since the request asked for something that cannot be.
/// </summary>
public sealed class MissingResourceException : Exception
{
    public MissingResourceException(string kind, string value, string? parameter = null, string identifiedBy = "id or slug", string? hint = null)
        : base($"No {kind} has the {identifiedBy} '{value}'." + (hint is null ? "" : " " + hint))
    {
        Kind = kind;
        Parameter = parameter;
    }

    private MissingResourceException(string kind, string message)
        : base(message) => Kind = kind;

    public string Kind { get; }

    public string? Parameter { get; }

    /// <summary>A resource chosen from the facts that match a request's filters, when none does: a 404.</summary>
    public static MissingResourceException NoMatchingFact(string kind) => new(kind, $"No trivia fact matches these filters, so there is no {kind}.");
}
