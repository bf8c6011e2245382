using TriviaApi.Search.Querying;

namespace TriviaApi.Facts;

/// <summary>
/// Resolves a <see cref="TriviaFilter"/>'s films, people and tags to ids (a name that does not exist is a 400 that
/// says so) and hands it to the search index, which applies it: one place, so lists, random draws, the daily fact and
/// quizzes agree.
/// </summary>
public sealed class FilteredFacts(ReferenceResolver references, TriviaSearch search)
{
    /// <summary>
    /// Every fact that passes the filters, the search included, as a set of ids from the index, to count, pick from
    /// and draw from: only the ids picked are ever read from the database.
    /// </summary>
    public MatchingFacts Pool(TriviaFilter filter) => search.Matching(filter.Q, Resolve(filter));

    /// <summary>The filters by id, for the search index; a name that does not exist is a 400 that says so.</summary>
    public FactFilter Resolve(TriviaFilter filter) =>
        new(
            filter.Film is null ? null : references.FilmId(filter.Film, "film"),
            filter.Person is null ? null : references.PersonId(filter.Person, "person"),
            filter.Mentions is null ? null : references.FilmOrPerson(filter.Mentions, "mentions"),
            [.. (filter.Tag ?? []).Distinct().Select(tag => references.TagId(tag, "tag"))],
            filter.YearFrom,
            filter.YearTo);
}
