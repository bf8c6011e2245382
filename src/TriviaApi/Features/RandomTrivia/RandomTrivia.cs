using System.Text.Json.Serialization;
using TriviaApi.Facts;

namespace TriviaApi.Features.RandomTrivia;

/// <summary>Facts drawn at random.</summary>
/// <param name="Items">The facts, in random order; fewer than asked only when the filtered facts ran out.</param>
/// <param name="Session">The session drawn within, if any.</param>
/// <param name="Exhausted">
/// True when no fact is left to draw: none matches the filters, or the session has been shown all that do.
/// </param>
/// <param name="Message">Why the draw came back short, and what to do about it.</param>
public sealed record RandomTrivia(
    IReadOnlyList<TriviaFactResponse> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Session,
    bool Exhausted,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message);
