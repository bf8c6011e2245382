using Microsoft.EntityFrameworkCore;
using TriviaApi.Api;
using TriviaApi.Api.Resources;
using TriviaApi.Data;

namespace TriviaApi.Facts;

/// <summary>Facts as responses, projected in SQL: one shape for lists, draws, the fact of the day and cards.</summary>
public sealed class FactResponses(TriviaDbContext db, FilteredFacts filtered)
{
    public async Task<TriviaFactResponse> GetAsync(int id, CancellationToken cancellationToken) =>
        (await ProjectAsync([id], cancellationToken)).SingleOrDefault()
        ?? throw new MissingResourceException("trivia fact", id.ToString(System.Globalization.CultureInfo.InvariantCulture), identifiedBy: "id");

    /// <summary>One fact drawn at random from those the filters allow; 404 when there is none.</summary>
    public async Task<TriviaFactResponse> DrawOneAsync(TriviaFilter filter, CancellationToken cancellationToken)
    {
        var ids = (await filtered.PoolAsync(filter, cancellationToken)).Draw(1, Random.Shared);
        return ids.Count == 0
            ? throw MissingResourceException.NoMatchingFact("random fact")
            : (await ProjectAsync(ids, cancellationToken)).Single();
    }

    /// <summary>The full responses for the facts with these ids, in the ids' order.</summary>
    public async Task<List<TriviaFactResponse>> ProjectAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var facts = await db.Facts.AsNoTracking()
            .Where(f => ids.Contains(f.Id))
            .Select(f => new TriviaFactResponse(
                f.Id,
                f.Text,
                f.Language,
                new FilmRef(f.Film.Id, f.Film.Slug, f.Film.Title, f.Film.Year),
                f.People.OrderBy(m => m.Person.NameKey).Select(m => new PersonRef(m.Person.Id, m.Person.Slug, m.Person.Name)).ToList(),
                f.Films.OrderBy(m => m.Film.TitleKey).Select(m => new FilmRef(m.Film.Id, m.Film.Slug, m.Film.Title, m.Film.Year)).ToList(),
                f.Characters.OrderBy(m => m.Character.NameKey).Select(m => new CharacterRef(m.Character.Id, m.Character.Slug, m.Character.Name)).ToList(),
                f.Tags.OrderBy(m => m.Tag.Slug).Select(m => new TagRef(m.Tag.Slug, m.Tag.NamePt, m.Tag.NameEn)).ToList(),
                new SourceRef(f.SourceFile, f.SourceLine)))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return ids.Select(id => facts.FirstOrDefault(f => f.Id == id)).OfType<TriviaFactResponse>().ToList();
    }
}
