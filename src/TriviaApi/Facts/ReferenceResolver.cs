using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Data;

namespace TriviaApi.Facts;

/// <summary>
/// Turns the ids or slugs in paths and filters into ids, or a <see cref="MissingResourceException"/>: a 404 for a path,
/// a 400 naming the parameter for a filter.
/// </summary>
public sealed class ReferenceResolver(TriviaDbContext db)
{
    public async Task<int> FilmIdAsync(IdOrSlug idOrSlug, string? parameter = null, CancellationToken cancellationToken = default)
    {
        var id = await db.Films.Where(f => f.Id == idOrSlug.Id || f.Slug == idOrSlug.Slug).Select(f => (int?)f.Id).FirstOrDefaultAsync(cancellationToken);
        return id ?? throw new MissingResourceException("film", idOrSlug.ToString(), parameter);
    }

    public async Task<int> PersonIdAsync(IdOrSlug idOrSlug, string? parameter = null, CancellationToken cancellationToken = default)
    {
        var id = await db.People.Where(p => p.Id == idOrSlug.Id || p.Slug == idOrSlug.Slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        return id ?? throw new MissingResourceException("person", idOrSlug.ToString(), parameter);
    }

    public async Task<int> TagIdAsync(string slug, string? parameter = null, CancellationToken cancellationToken = default)
    {
        var id = await db.Tags.Where(t => t.Slug == slug).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
        // A path names a topic by its slug; a filter's message reads like those of the film and person filters.
        return id ?? throw new MissingResourceException("tag", slug, parameter, identifiedBy: parameter is null ? "slug" : "id or slug");
    }

    /// <summary>A film or a person, for filters that take either: (film id, person id), at least one set.</summary>
    public async Task<(int? FilmId, int? PersonId)> FilmOrPersonAsync(IdOrSlug idOrSlug, string parameter, CancellationToken cancellationToken = default)
    {
        var film = await db.Films.Where(f => f.Id == idOrSlug.Id || f.Slug == idOrSlug.Slug).Select(f => (int?)f.Id).FirstOrDefaultAsync(cancellationToken);
        var person = await db.People.Where(p => p.Id == idOrSlug.Id || p.Slug == idOrSlug.Slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        return film is null && person is null ? throw new MissingResourceException("film or person", idOrSlug.ToString(), parameter) : (film, person);
    }
}
