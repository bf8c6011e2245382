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
    public async Task<MatchingFacts> PoolAsync(TriviaFilter filter, CancellationToken cancellationToken) =>
        search.Matching(filter.Q, await ResolveAsync(filter, cancellationToken));

    /// <summary>The filters by id, for the search index; a name that does not exist is a 400 that says so.</summary>
    public async Task<FactFilter> ResolveAsync(TriviaFilter filter, CancellationToken cancellationToken)
    {
        var tags = new List<int>();
        foreach (var tag in (filter.Tag ?? []).Distinct())
        {
            tags.Add(await references.TagIdAsync(tag, "tag", cancellationToken));
        }

        return new FactFilter(
            filter.Film is null ? null : await references.FilmIdAsync(filter.Film, "film", cancellationToken),
            filter.Person is null ? null : await references.PersonIdAsync(filter.Person, "person", cancellationToken),
            filter.Mentions is null ? null : await references.FilmOrPersonAsync(filter.Mentions, "mentions", cancellationToken),
            tags,
            filter.YearFrom,
            filter.YearTo);
    }
}
