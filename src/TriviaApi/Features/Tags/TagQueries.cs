using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Data;
using TriviaApi.Domain;

namespace TriviaApi.Features.Tags;

/// <summary>Reads the topics with their trivia counts.</summary>
public sealed class TagQueries(TriviaDbContext db)
{
    /// <summary>By slug (the default), Portuguese name or trivia count.</summary>
    public static readonly Sorting<Tag> Sorting = new Sorting<Tag>(t => t.Id)
        .By("slug", t => t.Slug).By("name", t => t.NamePt).By("triviaCount", t => t.TriviaCount);

    public async Task<PagedList<TagSummary>> ListAsync(TagListQuery query, CancellationToken cancellationToken)
    {
        return await Summaries(Sorting.Order(db.Tags.AsNoTracking(), query.Sort)).ToPageAsync(query, cancellationToken);
    }

    public async Task<TagSummary> GetAsync(string slug, CancellationToken cancellationToken) =>
        await Summaries(db.Tags.AsNoTracking().Where(t => t.Slug == slug)).SingleOrDefaultAsync(cancellationToken)
        ?? throw new MissingResourceException("tag", slug, identifiedBy: "slug");

    private static IQueryable<TagSummary> Summaries(IQueryable<Tag> tags) =>
        tags.Select(t => new TagSummary(t.Slug, t.NamePt, t.NameEn, t.Description, t.TriviaCount));
}
