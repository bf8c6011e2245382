namespace TriviaApi.Api;

/// <summary>
/// A film, person, tag or fact that does not exist. Named in the path it is a 404; named by a query parameter
/// (<see cref="Parameter"/>) it is a 400, since the request asked for something that cannot be.
/// </summary>
public sealed class MissingResourceException(string kind, string value, string? parameter = null, string identifiedBy = "id or slug")
    : Exception($"No {kind} has the {identifiedBy} '{value}'.")
{
    public string Kind { get; } = kind;

    public string Value { get; } = value;

    public string? Parameter { get; } = parameter;
}
