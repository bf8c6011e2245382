using TriviaApi.Api;

namespace TriviaApi.Features.Search;

/// <summary>A completion for a search box.</summary>
/// <param name="Kind"><c>person</c>, <c>film</c> or <c>tag</c>.</param>
/// <param name="Slug">The resource's slug.</param>
/// <param name="Text">What to show and fill in: the name or title.</param>
/// <param name="Url">The resource in this API.</param>
public sealed record Suggestion([property: OneOfValues(typeof(Suggestion), nameof(Suggestion.Kinds))] string Kind, string Slug, string Text, string Url)
{
    /// <summary>What a suggestion can be: every kind of search but a fact.</summary>
    public static readonly string[] Kinds = [.. SearchRequest.Kinds.Where(k => k != "trivia")];
}
