using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriviaApi.Api.Resources;
using TriviaApi.Data;
using TriviaApi.Facts;
using TriviaApi.Tests.Api;

namespace TriviaApi.Tests.Facts;

[Collection(SeededApi.Name)]
public class FactResponsesTests(TriviaApiFactory factory)
{
    [Fact]
    public async Task Every_seed_fact_reads_as_its_entities_and_mentions_say_in_name_order()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TriviaDbContext>();
        var ids = await db.Facts.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync();

        var read = scope.ServiceProvider.GetRequiredService<FactResponses>().Project(ids);

        var expected = (await db.Facts.AsNoTracking()
                .Include(f => f.Film)
                .Include(f => f.SourceFile)
                .Include(f => f.People).ThenInclude(m => m.Person)
                .Include(f => f.Films).ThenInclude(m => m.Film)
                .Include(f => f.Characters).ThenInclude(m => m.Character)
                .Include(f => f.Tags).ThenInclude(m => m.Tag)
                .AsSplitQuery().OrderBy(f => f.Id).ToListAsync())
            .Select(f => new TriviaFactResponse(f.Id, f.Text, f.SourceFile.Language, new FilmRef(f.Film.Id, f.Film.Slug, f.Film.Title, f.Film.Year),
                f.People.OrderBy(m => m.Person.NameKey, StringComparer.Ordinal).Select(m => new PersonRef(m.Person.Id, m.Person.Slug, m.Person.Name)).ToList(),
                f.Films.OrderBy(m => m.Film.TitleKey, StringComparer.Ordinal).Select(m => new FilmRef(m.Film.Id, m.Film.Slug, m.Film.Title, m.Film.Year)).ToList(),
                f.Characters.OrderBy(m => m.Character.NameKey, StringComparer.Ordinal).Select(m => new CharacterRef(m.Character.Id, m.Character.Slug, m.Character.Name)).ToList(),
                f.Tags.OrderBy(m => m.Tag.Slug, StringComparer.Ordinal).Select(m => new TagRef(m.Tag.Slug, m.Tag.NamePt, m.Tag.NameEn)).ToList(),
                new SourceRef(f.SourceFile.FileName, f.SourceLine)));
        Assert.Equal(24, read.Count);
        Assert.Contains(read, f => f.People.Count > 1 && f.Characters.Count > 1 && f.Films.Count > 0 && f.Tags.Count > 0);
        Assert.Equal(expected.Select(Json), read.Select(Json));
    }

    [Fact]
    public async Task Facts_come_in_the_order_of_the_ids_asked_and_an_id_with_no_fact_is_left_out()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var read = scope.ServiceProvider.GetRequiredService<FactResponses>().Project([7, 999_999, 2, 19]);

        Assert.Equal([7, 2, 19], read.Select(f => f.Id));
    }

    [Fact]
    public async Task No_ids_read_no_facts()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        Assert.Empty(scope.ServiceProvider.GetRequiredService<FactResponses>().Project([]));
    }

    private static string Json(TriviaFactResponse fact) => JsonSerializer.Serialize(fact);
}
