using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Features.Tags;

/// <summary>Reads the topics with their trivia counts.</summary>
public sealed class TagQueries(TriviaDbContext db)
{
    public async Task<PagedList<TagSummary>> ListAsync(TagListQuery query, CancellationToken cancellationToken)
    {
        return await Summaries(Order(db.Tags.AsNoTracking(), query.Sort ?? SortOrder.By("slug"))).ToPageAsync(query, cancellationToken);
    }

    public async Task<TagSummary> GetAsync(string slug, CancellationToken cancellationToken) =>
        await Summaries(db.Tags.AsNoTracking().Where(t => t.Slug == slug)).SingleOrDefaultAsync(cancellationToken)
        ?? throw new MissingResourceException("tag", slug, identifiedBy: "slug");

    private static IQueryable<TagSummary> Summaries(IQueryable<Tag> tags) =>
        tags.Select(t => new TagSummary(t.Slug, t.NamePt, t.NameEn, t.Description, t.TriviaCount));

    /// <summary>Default order: by slug. Names sort by the Portuguese name; ties go by slug.</summary>
    private static IOrderedQueryable<Tag> Order(IQueryable<Tag> tags, SortOrder sort) => (sort.Field, sort.Descending) switch
    {
        ("name", false) => tags.OrderBy(t => t.NamePt).ThenBy(t => t.Slug),
        ("name", true) => tags.OrderByDescending(t => t.NamePt).ThenBy(t => t.Slug),
        ("triviaCount", false) => tags.OrderBy(t => t.TriviaCount).ThenBy(t => t.Slug),
        ("triviaCount", true) => tags.OrderByDescending(t => t.TriviaCount).ThenBy(t => t.Slug),
        (_, true) => tags.OrderByDescending(t => t.Slug),
        _ => tags.OrderBy(t => t.Slug),
    };
}
