using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Data;
using TriviaApi.Facts;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Facts;

[Collection(SeededApi.Name)]
public class ResourceNamesTests(TriviaApiFactory factory)
{
    [Fact]
    public async Task Every_seed_film_person_and_topic_reads_by_id_as_its_entity_says()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TriviaDbContext>();
        var names = scope.ServiceProvider.GetRequiredService<ResourceNames>();

        var films = await db.Films.AsNoTracking().Select(f => new ResourceNames.FilmName(f.Id, f.Slug, f.Title, f.OriginalTitle, f.Year)).ToListAsync();
        var people = await db.People.AsNoTracking().Select(p => new ResourceNames.PersonName(p.Id, p.Slug, p.Name)).ToListAsync();
        var tags = await db.Tags.AsNoTracking().Select(t => new ResourceNames.TagName(t.Id, t.Slug, t.NamePt, t.NameEn)).ToListAsync();

        Assert.Contains(films, f => f.OriginalTitle is not null);
        Assert.Equal(films.OrderBy(f => f.Id), names.Films(films.Select(f => f.Id)).Values.OrderBy(f => f.Id));
        Assert.Equal(people.OrderBy(p => p.Id), names.People(people.Select(p => p.Id)).Values.OrderBy(p => p.Id));
        Assert.Equal(tags.OrderBy(t => t.Id), names.Tags(tags.Select(t => t.Id)).Values.OrderBy(t => t.Id));
    }

    [Fact]
    public async Task A_fact_reads_with_its_text_and_its_film_s_title()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TriviaDbContext>();
        var expected = await db.Facts.AsNoTracking().Where(f => f.Id == 2).Select(f => new ResourceNames.FactText(f.Id, f.Film.Title, f.Text)).SingleAsync();

        var read = scope.ServiceProvider.GetRequiredService<ResourceNames>().Facts([2]);

        Assert.Equal(expected, read[2]);
    }

    [Fact]
    public async Task Ids_with_nothing_behind_them_are_left_out()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var names = scope.ServiceProvider.GetRequiredService<ResourceNames>();

        Assert.Empty(names.Films([999_999]));
        Assert.Empty(names.People([]));
        Assert.Equal([2], names.Facts([2, 999_999]).Keys);
    }
}
