using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Domain;
using TriviaApi.Search;
using TriviaApi.Search.Querying;

namespace TriviaApi.Facts;

/// <summary>
/// Applies a <see cref="TriviaFilter"/> to the facts, resolving the films, people and tags it names (a name that
/// does not exist is a 400 that says so). One place, so lists, random draws, the daily fact and quizzes agree.
/// </summary>
public sealed class FilteredFacts(TriviaDbContext db, ReferenceResolver references, TriviaSearch search, FactSampler sampler)
{
    /// <summary>The facts that pass every filter, the search included, unranked, to count, pick from and draw from.</summary>
    public async Task<FactPool> PoolAsync(TriviaFilter filter, CancellationToken cancellationToken) =>
        filter.Q is null
            ? new FactPool(await NarrowAsync(db.Facts, filter, cancellationToken), sampler)
            // A search is filtered in the index, which hands back the set of matching ids, not rows.
            : new FactPool(search.Matching(filter.Q, await ResolveAsync(filter, cancellationToken)));

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

    /// <summary>
    /// How many facts pass every filter but the search. One topic or one person alone is read from the count the
    /// import keeps on it: at a million facts, counting the narrowed facts instead scans every fact.
    /// </summary>
    public async Task<int> CountAsync(TriviaFilter filter, CancellationToken cancellationToken)
    {
        var tags = (filter.Tag ?? []).Distinct().ToList();
        var mentionOnly = filter.Film is null && filter.Mentions is null && filter.YearFrom is null && filter.YearTo is null;
        if (mentionOnly && filter.Person is null && tags is [var tag])
        {
            var tagId = await references.TagIdAsync(tag, "tag", cancellationToken);
            return await db.Tags.Where(t => t.Id == tagId).Select(t => t.TriviaCount).SingleAsync(cancellationToken);
        }

        if (mentionOnly && filter.Person is not null && tags.Count == 0)
        {
            var personId = await references.PersonIdAsync(filter.Person, "person", cancellationToken);
            return await db.People.Where(p => p.Id == personId).Select(p => p.TriviaCount).SingleAsync(cancellationToken);
        }

        return await (await NarrowAsync(db.Facts, filter, cancellationToken)).CountAsync(cancellationToken);
    }

    /// <summary>Narrows <paramref name="facts"/> by every filter but the search, which a ranked list joins itself.</summary>
    public async Task<IQueryable<TriviaFact>> NarrowAsync(IQueryable<TriviaFact> facts, TriviaFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Film is not null)
        {
            var filmId = await references.FilmIdAsync(filter.Film, "film", cancellationToken);
            facts = facts.Where(f => f.FilmId == filmId);
        }

        if (filter.Person is not null)
        {
            var personId = await references.PersonIdAsync(filter.Person, "person", cancellationToken);
            // As a list of ids (rowid IN): SQLite reads the person's few facts, where EXISTS has it check every fact.
            var mentioning = db.FactPeople.Where(m => m.PersonId == personId).Select(m => m.FactId);
            facts = facts.Where(f => mentioning.Contains(f.Id));
        }

        if (filter.Mentions is not null)
        {
            var (filmId, personId) = await references.FilmOrPersonAsync(filter.Mentions, "mentions", cancellationToken);
            var mentioning = db.FactFilms.Where(m => m.FilmId == filmId).Select(m => m.FactId)
                .Concat(db.FactPeople.Where(m => m.PersonId == personId).Select(m => m.FactId));
            facts = facts.Where(f => mentioning.Contains(f.Id));
        }

        foreach (var tag in (filter.Tag ?? []).Distinct())
        {
            var tagId = await references.TagIdAsync(tag, "tag", cancellationToken);
            facts = facts.Where(f => f.Tags.Any(m => m.TagId == tagId));
        }

        if (filter.YearFrom is { } from)
        {
            facts = facts.Where(f => f.Film.Year >= from);
        }

        if (filter.YearTo is { } to)
        {
            facts = facts.Where(f => f.Film.Year <= to);
        }

        return facts;
    }
}
