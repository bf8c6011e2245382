using TriviaApi.Api.Resources;

namespace TriviaApi.Features.Films;

/// <summary>A film with what a page about it needs: its topics, its credits and the people its trivia names most.</summary>
/// <param name="Id">Numeric id.</param>
/// <param name="Slug">Stable slug, e.g. <c>la-la-land</c>.</param>
/// <param name="Title">Title in Portuguese, verbatim.</param>
/// <param name="OriginalTitle">Original title, where known.</param>
/// <param name="Year">Release year.</param>
/// <param name="TriviaCount">Facts about this film.</param>
/// <param name="MentionCount">Facts about other films that mention this one.</param>
/// <param name="Tags">Topics of its facts, most frequent first.</param>
/// <param name="Credits">People credited on it by its manifest.</param>
/// <param name="TopPeople">The ten people its facts name most, most named first.</param>
public sealed record FilmDetail(
    int Id,
    string Slug,
    string Title,
    string? OriginalTitle,
    int Year,
    int TriviaCount,
    int MentionCount,
    IReadOnlyList<TagCount> Tags,
    IReadOnlyList<CreditResponse> Credits,
    IReadOnlyList<PersonCount> TopPeople);
