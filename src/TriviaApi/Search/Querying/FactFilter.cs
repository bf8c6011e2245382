namespace TriviaApi.Search.Querying;

/// <summary>
/// Which facts a search keeps besides its words, by id: the subject film, a person mentioned, a film or person
/// mentioned, topics (all of them), the subject film's years. Every filter narrows (AND).
/// </summary>
public sealed record FactFilter(
    int? FilmId = null,
    int? PersonId = null,
    (int? FilmId, int? PersonId)? Mentions = null,
    IReadOnlyList<int>? TagIds = null,
    int? YearFrom = null,
    int? YearTo = null)
{
    public static FactFilter None { get; } = new();

    /// <summary>Whether nothing filters: every fact passes.</summary>
    public bool IsEmpty => this is { FilmId: null, PersonId: null, Mentions: null, YearFrom: null, YearTo: null } && (TagIds is null || TagIds.Count == 0);
}
